// The effect results a reader sees: per instrument, scale and comparison,
// for one agreement a row per group, per programme and the agreement's whole;
// across all agreements a row per agreement and the whole (an agreement's
// programmes and groups are its own view, asked for when it is chosen). Each
// row is computed from the groups' sums (statistics.ts), added in the same
// order in both views, so an agreement's row across all agreements is bit for
// bit its whole in its own view. A row whose n (children with both answers)
// is below the report threshold is hidden, and the n equations (a
// programme's n is its groups' n added up, and so on) get the reports'
// complementary suppression, so no hidden n — and with it no hidden group's
// figures — can be worked out from the rows shown.
import type { EffectRow, EffectTable } from '../ipc/effect-evaluation';
import { suppress, type Equation, type SuppressionReason } from '../reports/suppression';
import { addSums, effectSummary, emptySums, type EffectSums } from './statistics';
import type { Comparison, Respondent } from './vocabulary';

export interface EffectGroupFact {
  agreementId: number;
  programmeId: number;
  programmeName: string;
  groupId: number;
  groupName: string;
  groupStart: string;
  instrumentId: number;
  /** Position of the scale in the instrument. */
  scale: number;
  comparison: Comparison;
  sums: EffectSums;
}

export interface EffectInstrumentFact {
  id: number;
  name: string;
  respondent: Respondent;
  scales: string[];
}

export interface EffectFacts {
  instruments: EffectInstrumentFact[];
  groups: EffectGroupFact[];
}

interface Node {
  variable: string;
  level: EffectRow['level'];
  label: string;
  sums: EffectSums;
}

function statsOf(sums: EffectSums): EffectRow['stats'] {
  const s = effectSummary(sums);
  if (s === null) return null;
  return {
    meanBefore: s.meanBefore,
    meanAfter: s.meanAfter,
    meanChange: s.meanChange,
    ciLow: s.ciLow,
    ciHigh: s.ciHigh,
    dz: s.dz,
    improved: s.improved,
    unchanged: s.unchanged,
    worse: s.worse,
  };
}

const byKey = <T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
};

const collator = new Intl.Collator('sv');

/**
 * The facts in reading order: by agreement (as given), programme (by name),
 * group (by start) and, within a group, as they came (as they were written). One
 * sort for every table, so each table is a single pass.
 */
function readingOrder(
  facts: readonly EffectGroupFact[],
  agreements: readonly { id: number; label: string }[],
): EffectGroupFact[] {
  const agreementRank = new Map(agreements.map((a, i) => [a.id, i]));
  const programmes = new Map<number, EffectGroupFact>();
  const groups = new Map<number, EffectGroupFact>();
  for (const f of facts) {
    if (!agreementRank.has(f.agreementId)) continue;
    if (!programmes.has(f.programmeId)) programmes.set(f.programmeId, f);
    if (!groups.has(f.groupId)) groups.set(f.groupId, f);
  }
  const rank = <T>(items: Iterable<[number, T]>, order: (a: T, b: T) => number) =>
    new Map([...items].sort((a, b) => order(a[1], b[1]) || a[0] - b[0]).map(([id], i) => [id, i]));
  const programmeRank = rank(programmes, (a, b) => collator.compare(a.programmeName, b.programmeName));
  const groupRank = rank(groups, (a, b) => a.groupStart.localeCompare(b.groupStart));
  return facts
    .filter((f) => agreementRank.has(f.agreementId))
    .sort(
      (a, b) =>
        agreementRank.get(a.agreementId)! - agreementRank.get(b.agreementId)! ||
        programmeRank.get(a.programmeId)! - programmeRank.get(b.programmeId)! ||
        groupRank.get(a.groupId)! - groupRank.get(b.groupId)!,
    );
}

/**
 * The rows of one table in reading order, and the n equations between them,
 * from its facts in reading order: a group's sums add its facts, a
 * programme's its groups', an agreement's its programmes', the whole its
 * agreements' (the same order in every view).
 */
function tableNodes(
  key: string,
  facts: readonly EffectGroupFact[],
  agreements: ReadonlyMap<number, string>,
  single: boolean,
): { nodes: Node[]; equations: Equation[] } {
  const nodes: Node[] = [];
  const equations: Equation[] = [];
  const agreementVars: string[] = [];
  let total = emptySums();
  let i = 0;
  while (i < facts.length) {
    const agreementId = facts[i]!.agreementId;
    const programmeVars: string[] = [];
    let agreementSums = emptySums();
    while (i < facts.length && facts[i]!.agreementId === agreementId) {
      const programme = facts[i]!;
      const groupVars: string[] = [];
      let programmeSums = emptySums();
      while (i < facts.length && facts[i]!.programmeId === programme.programmeId) {
        const group = facts[i]!;
        let sums = emptySums();
        for (; i < facts.length && facts[i]!.groupId === group.groupId; i++)
          sums = addSums(sums, facts[i]!.sums);
        if (sums.n === 0) continue;
        const variable = `${key}|g${group.groupId}`;
        groupVars.push(variable);
        // Across all agreements a table lists agreements; programmes and groups show for one agreement.
        if (single) nodes.push({ variable, level: 'group', label: group.groupName, sums });
        programmeSums = addSums(programmeSums, sums);
      }
      if (groupVars.length === 0) continue;
      const variable = `${key}|p${programme.programmeId}`;
      if (single) {
        nodes.push({
          variable,
          level: 'programme',
          label: `${programme.programmeName} totalt`,
          sums: programmeSums,
        });
        equations.push({ total: variable, parts: groupVars });
      }
      programmeVars.push(variable);
      agreementSums = addSums(agreementSums, programmeSums);
    }
    if (programmeVars.length === 0) continue;
    if (single) {
      agreementVars.push(...programmeVars);
    } else {
      const variable = `${key}|a${agreementId}`;
      nodes.push({
        variable,
        level: 'agreement',
        label: `${agreements.get(agreementId)!} totalt`,
        sums: agreementSums,
      });
      agreementVars.push(variable);
    }
    total = addSums(total, agreementSums);
  }
  if (agreementVars.length > 0) {
    nodes.push({ variable: `${key}|total`, level: 'total', label: 'Totalt', sums: total });
    equations.push({ total: `${key}|total`, parts: agreementVars });
  }
  return { nodes, equations };
}

/**
 * Suppression of one table with the reports' suppress(), one equation at a
 * time. The table's equations form a tree (each row is the total of at most
 * one equation and a part of at most one), so they are linked only through
 * the rows they share: each equation is suppressed with the rows already
 * hidden forced, and when that hides a row, the other equation the row is in
 * is done again, until nothing changes. The same rules then hold for the
 * whole table (the property test audits it as one system), at the cost of
 * small systems instead of one with every group of the year: thousands at
 * ×10, which the exact audit cannot solve in time.
 */
function suppressTable(
  values: ReadonlyMap<string, number>,
  equations: readonly Equation[],
  threshold: number,
  totals: ReadonlySet<string>,
): Map<string, SuppressionReason> {
  const small = (v: string) => values.get(v)! >= 1 && values.get(v)! < threshold;
  const hidden = new Set([...values.keys()].filter(small));
  const equationsOf = new Map<string, Equation[]>();
  for (const eq of equations)
    for (const m of [eq.total, ...eq.parts]) {
      const list = equationsOf.get(m);
      if (list) list.push(eq);
      else equationsOf.set(m, [eq]);
    }
  const queue = [...equations];
  const queued = new Set(queue);
  while (queue.length > 0) {
    const eq = queue.pop()!;
    queued.delete(eq);
    const members = [eq.total, ...eq.parts];
    const forced = new Set(members.filter((m) => hidden.has(m)));
    // None hidden, or two or more (all non-zero, so they can move against each other): nothing to add.
    if (forced.size !== 1) continue;
    const result = suppress({
      values: new Map(members.map((m) => [m, values.get(m)!])),
      sensitive: forced,
      equations: [eq],
      // Every forced row is hidden as if it were small; the line rule then adds what the equation needs.
      threshold: Number.MAX_SAFE_INTEGER,
      totals,
    });
    for (const v of result.keys()) {
      if (hidden.has(v)) continue;
      hidden.add(v);
      for (const other of equationsOf.get(v) ?? [])
        if (other !== eq && !queued.has(other)) {
          queue.push(other);
          queued.add(other);
        }
    }
  }
  return new Map(
    [...hidden].map((v): [string, SuppressionReason] => [v, small(v) ? 'primary' : 'complementary']),
  );
}

export interface EffectTablesResult {
  tables: EffectTable[];
  counts: Record<SuppressionReason, number>;
}

/**
 * Every table of the facts, suppressed. `single`: the scope is one agreement
 * (rows per group and programme); otherwise rows per agreement.
 */
export function effectTables(
  facts: EffectFacts,
  agreements: readonly { id: number; label: string }[],
  threshold: number,
  single: boolean,
): EffectTablesResult {
  const hidden = new Map<string, SuppressionReason>();
  const built: { table: Omit<EffectTable, 'rows'>; nodes: Node[] }[] = [];
  const factsByTable = byKey(
    readingOrder(facts.groups, agreements),
    (g) => `${g.instrumentId}:${g.scale}:${g.comparison}`,
  );
  const labels = new Map(agreements.map((a) => [a.id, a.label]));
  for (const instrument of facts.instruments) {
    instrument.scales.forEach((scaleName, scale) => {
      for (const comparison of ['after', 'followUp'] as const) {
        const key = `${instrument.id}:${scale}:${comparison}`;
        const tableFacts = factsByTable.get(key);
        if (!tableFacts) continue;
        const { nodes, equations } = tableNodes(key, tableFacts, labels, single);
        if (nodes.length === 0) continue;
        const values = new Map(nodes.map((n) => [n.variable, n.sums.n]));
        const totals = new Set(nodes.filter((n) => n.level !== 'group').map((n) => n.variable));
        for (const [v, reason] of suppressTable(values, equations, threshold, totals)) hidden.set(v, reason);
        built.push({
          table: {
            key,
            instrumentName: instrument.name,
            respondent: instrument.respondent,
            scaleName,
            comparison,
          },
          nodes,
        });
      }
    });
  }
  const counts = { primary: 0, complementary: 0 };
  for (const reason of hidden.values()) counts[reason] += 1;
  return {
    counts,
    tables: built.map(({ table, nodes }) => ({
      ...table,
      rows: nodes.map((node): EffectRow => {
        const reason = hidden.get(node.variable) ?? null;
        return {
          level: node.level,
          label: node.label,
          n: reason ? null : node.sums.n,
          hidden: reason,
          stats: reason ? null : statsOf(node.sums),
        };
      }),
    })),
  };
}
