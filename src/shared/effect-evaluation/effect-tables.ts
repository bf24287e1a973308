// The effect results a reader sees: per instrument, scale and comparison, a
// row per group, per programme, per agreement and for the whole scope and
// period, each computed from the groups' sums (statistics.ts). A row whose n
// (children with both answers) is below the report threshold is hidden, and
// the n equations (a programme's n is its groups' n added up, and so on) get
// the reports' complementary suppression, so no hidden n — and with it no
// hidden group's figures — can be worked out from the rows shown.
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

/** The rows of one table in reading order, and the n equations between them. */
function tableNodes(
  key: string,
  facts: readonly EffectGroupFact[],
  agreements: readonly { id: number; label: string }[],
  single: boolean,
): { nodes: Node[]; equations: Equation[] } {
  const nodes: Node[] = [];
  const equations: Equation[] = [];
  const agreementVars: string[] = [];
  let total = emptySums();
  const byAgreement = byKey(facts, (f) => String(f.agreementId));
  for (const agreement of agreements) {
    const inAgreement = byAgreement.get(String(agreement.id));
    if (!inAgreement) continue;
    const programmeVars: string[] = [];
    let agreementSums = emptySums();
    const programmes = [...byKey(inAgreement, (f) => String(f.programmeId)).values()].sort(
      (a, b) =>
        collator.compare(a[0]!.programmeName, b[0]!.programmeName) || a[0]!.programmeId - b[0]!.programmeId,
    );
    for (const programme of programmes) {
      const groups = [...byKey(programme, (f) => String(f.groupId)).values()].sort(
        (a, b) => a[0]!.groupStart.localeCompare(b[0]!.groupStart) || a[0]!.groupId - b[0]!.groupId,
      );
      const groupVars: string[] = [];
      let programmeSums = emptySums();
      for (const group of groups) {
        const sums = group.map((g) => g.sums).reduce(addSums, emptySums());
        if (sums.n === 0) continue;
        const variable = `${key}|g${group[0]!.groupId}`;
        groupVars.push(variable);
        // Across all agreements a table lists programmes and agreements; groups show for one agreement.
        if (single) nodes.push({ variable, level: 'group', label: group[0]!.groupName, sums });
        programmeSums = addSums(programmeSums, sums);
      }
      if (groupVars.length === 0) continue;
      const variable = `${key}|p${programme[0]!.programmeId}`;
      nodes.push({
        variable,
        level: 'programme',
        label: `${programme[0]!.programmeName} totalt`,
        sums: programmeSums,
      });
      if (single) equations.push({ total: variable, parts: groupVars });
      programmeVars.push(variable);
      agreementSums = addSums(agreementSums, programmeSums);
    }
    if (programmeVars.length === 0) continue;
    if (single) {
      agreementVars.push(...programmeVars);
    } else {
      const variable = `${key}|a${agreement.id}`;
      nodes.push({ variable, level: 'agreement', label: `${agreement.label} totalt`, sums: agreementSums });
      equations.push({ total: variable, parts: programmeVars });
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

/** Every table of the facts, suppressed. `single`: the scope is one agreement (no agreement rows). */
export function effectTables(
  facts: EffectFacts,
  agreements: readonly { id: number; label: string }[],
  threshold: number,
  single: boolean,
): EffectTablesResult {
  const hidden = new Map<string, SuppressionReason>();
  const built: { table: Omit<EffectTable, 'rows'>; nodes: Node[] }[] = [];
  const factsByTable = byKey(facts.groups, (g) => `${g.instrumentId}:${g.scale}:${g.comparison}`);
  for (const instrument of facts.instruments) {
    instrument.scales.forEach((scaleName, scale) => {
      for (const comparison of ['after', 'followUp'] as const) {
        const key = `${instrument.id}:${scale}:${comparison}`;
        const tableFacts = factsByTable.get(key);
        if (!tableFacts) continue;
        const { nodes, equations } = tableNodes(key, tableFacts, agreements, single);
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
