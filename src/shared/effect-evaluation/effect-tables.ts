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
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
};

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
        a[0]!.programmeName.localeCompare(b[0]!.programmeName, 'sv') || a[0]!.programmeId - b[0]!.programmeId,
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
        nodes.push({ variable, level: 'group', label: group[0]!.groupName, sums });
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
      equations.push({ total: variable, parts: groupVars });
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
  const values = new Map<string, number>();
  const totals = new Set<string>();
  const equations: Equation[] = [];
  const built: { table: Omit<EffectTable, 'rows'>; nodes: Node[] }[] = [];
  const factsByTable = byKey(facts.groups, (g) => `${g.instrumentId}:${g.scale}:${g.comparison}`);
  for (const instrument of facts.instruments) {
    instrument.scales.forEach((scaleName, scale) => {
      for (const comparison of ['after', 'followUp'] as const) {
        const key = `${instrument.id}:${scale}:${comparison}`;
        const tableFacts = factsByTable.get(key);
        if (!tableFacts) continue;
        const { nodes, equations: eqs } = tableNodes(key, tableFacts, agreements, single);
        if (nodes.length === 0) continue;
        for (const node of nodes) {
          values.set(node.variable, node.sums.n);
          if (node.level !== 'group') totals.add(node.variable);
        }
        equations.push(...eqs);
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
  const hidden = suppress({ values, sensitive: new Set(values.keys()), equations, threshold, totals });
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
