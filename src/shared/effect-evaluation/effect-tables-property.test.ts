// Effect tables are suppressed branch by branch (effect-tables.ts); this
// checks the result as ONE system, for random years of agreements,
// programmes and groups (rows per group and programme for one agreement, per
// agreement across them): every small n is hidden, every equation hides none
// or at least two of its rows, and the reports' exact audit finds no hidden
// n that a reader could work out from the rows shown.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { exposedVariables, type Equation } from '../reports/linear-audit';
import { effectTables, type EffectGroupFact } from './effect-tables';
import { emptySums } from './statistics';

const tree = fc.array(
  fc.array(fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 4 }), {
    minLength: 1,
    maxLength: 3,
  }),
  {
    minLength: 1,
    maxLength: 4,
  },
);

describe('effect tables: suppression holds for the whole table', () => {
  test.each([false, true])('single agreement: %s', (single) => {
    fc.assert(
      fc.property(tree, fc.integer({ min: 3, max: 6 }), (shape, threshold) => {
        const agreements = (single ? shape.slice(0, 1) : shape).map((_, a) => ({
          id: a + 1,
          label: `A${a + 1}`,
        }));
        const facts: EffectGroupFact[] = [];
        let groupId = 0;
        agreements.forEach((agreement, a) =>
          shape[a]!.forEach((programme, p) =>
            programme.forEach((n) => {
              groupId += 1;
              facts.push({
                agreementId: agreement.id,
                programmeId: agreement.id * 10 + p,
                programmeName: `P${agreement.id}-${p}`,
                groupId,
                groupName: `G${groupId}`,
                groupStart: '2026-01-01',
                instrumentId: 1,
                scale: 0,
                comparison: 'after',
                sums: { ...emptySums(), n, unchanged: n },
              });
            }),
          ),
        );
        const { tables } = effectTables(
          { instruments: [{ id: 1, name: 'I', respondent: 'child', scales: ['S'] }], groups: facts },
          agreements,
          threshold,
          single,
        );
        const rows = tables[0]!.rows;
        // Rebuild the equations from the row order: groups, then their programme, programmes then the whole (one
        // agreement); agreements, then the whole (all of them: no programme or group rows).
        expect(
          rows.every((r) =>
            single ? r.level !== 'agreement' : r.level === 'agreement' || r.level === 'total',
          ),
        ).toBe(true);
        const values = new Map<string, number>();
        const hidden = new Set<string>();
        const equations: Equation[] = [];
        let groups: string[] = [];
        const programmes: string[] = [];
        const agreementRows: string[] = [];
        rows.forEach((r, i) => {
          const v = `r${i}`;
          const truth = r.level === 'group' ? facts.find((f) => f.groupName === r.label)!.sums.n : NaN;
          values.set(v, truth);
          if (r.hidden) hidden.add(v);
          if (r.level === 'group') groups.push(v);
          if (r.level === 'programme') {
            equations.push({ total: v, parts: groups });
            values.set(
              v,
              facts.filter((f) => `${f.programmeName} totalt` === r.label).reduce((n, f) => n + f.sums.n, 0),
            );
            programmes.push(v);
            groups = [];
          }
          if (r.level === 'agreement') {
            // Programmes are rows for one agreement only; across agreements the agreement's n is its groups' added up.
            values.set(
              v,
              facts.filter((f) => `A${f.agreementId} totalt` === r.label).reduce((n, f) => n + f.sums.n, 0),
            );
            agreementRows.push(v);
          }
          if (r.level === 'total') {
            const parts = single ? programmes : agreementRows;
            equations.push({ total: v, parts });
            values.set(
              v,
              parts.reduce((s, p) => s + values.get(p)!, 0),
            );
          }
        });
        for (const [v, x] of values) if (x < threshold) expect(hidden.has(v)).toBe(true);
        for (const eq of equations)
          expect([eq.total, ...eq.parts].filter((m) => hidden.has(m)).length).not.toBe(1);
        expect(exposedVariables(equations, hidden, values).size).toBe(0);
        rows.forEach((r, i) => expect(r.n === null).toBe(hidden.has(`r${i}`)));
      }),
      { numRuns: 150, seed: 20261205 },
    );
  });
});
