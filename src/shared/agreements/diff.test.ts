import { describe, expect, test } from 'vitest';
import { nameOf, stockholmBris, umbrella } from '../../../test/support/agreements/fixtures';
import { diffAgreements, diffLines } from './diff';
import { kronor } from './money';

const names = (id: number) => nameOf(id);
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('line diff', () => {
  test('keeps, removes and adds lines in order', () => {
    expect(diffLines(['a', 'b', 'c'], ['a', 'x', 'c', 'd'])).toEqual([
      { op: 'same', text: 'a' },
      { op: 'removed', text: 'b' },
      { op: 'added', text: 'x' },
      { op: 'same', text: 'c' },
      { op: 'added', text: 'd' },
    ]);
    expect(diffLines([], [])).toEqual([]);
  });
});

describe('version diff, section by section', () => {
  test('identical versions: every section unchanged', () => {
    expect(
      diffAgreements(stockholmBris(), stockholmBris(), names).every((s) => s.status === 'unchanged'),
    ).toBe(true);
  });

  test('a changed budget line and notice period show only in their sections', () => {
    const before = stockholmBris();
    const after = structuredClone(before);
    after.economy.years[0]!.lines[1]!.amount = kronor(9_000);
    after.economy.years[0]!.lines[0]!.amount = kronor(677_833);
    after.notice.months = 3;
    const changed = diffAgreements(before, after, names).filter((s) => s.status !== 'unchanged');
    expect(changed.map((s) => s.key)).toEqual(['economy', 'period']);
    const economy = changed[0]!.lines.filter((l) => l.op !== 'same').map((l) => `${l.op} ${plain(l.text)}`);
    expect(economy).toEqual([
      'removed   Budgetpost Personal: 678 833 kr',
      'removed   Budgetpost Material: 8 000 kr',
      'added   Budgetpost Personal: 677 833 kr',
      'added   Budgetpost Material: 9 000 kr',
    ]);
    expect(changed[1]!.lines.filter((l) => l.op !== 'same').map((l) => l.text)).toEqual([
      'Uppsägningstid: ingen',
      'Uppsägningstid: 3 månader',
    ]);
  });

  test('a changed rounding shows in the economy section', () => {
    const before = stockholmBris();
    const after = structuredClone(before);
    after.economy.paymentRule = { kind: 'quarterlyInAdvance', rounding: 'exactOre' };
    const changed = diffAgreements(before, after, names).filter((s) => s.status !== 'unchanged');
    expect(changed.map((s) => s.key)).toEqual(['economy']);
    expect(changed[0]!.lines.filter((l) => l.op !== 'same').map((l) => `${l.op} ${l.text}`)).toEqual([
      'removed Avrundning: hela kronor',
      'added Avrundning: exakt på öret',
    ]);
  });

  test('an edited clause, a removed clause and a new appendix', () => {
    const before = umbrella();
    const after = structuredClone(before);
    after.clauses[0]!.text = 'Ny text om ersättning.';
    after.clauses = after.clauses.filter((c) => c.key !== 'dispute');
    after.appendices.push({
      title: 'Bilaga 4: Ny organisation',
      registrationNumber: 'KS/2016:7-4',
      organisationId: null,
      validFrom: null,
      validTo: null,
    });
    const diff = diffAgreements(before, after, names);
    const byKey = new Map(diff.map((s) => [s.key, s]));
    expect(byKey.get('clause:economy')!.status).toBe('changed');
    expect(byKey.get('clause:economy')!.lines.at(-1)).toEqual({
      op: 'added',
      text: 'Ny text om ersättning.',
    });
    expect(byKey.get('clause:dispute')).toMatchObject({ status: 'removed', title: 'Tvister' });
    expect(byKey.get('appendices')!.lines.filter((l) => l.op === 'added')).toEqual([
      { op: 'added', text: 'Bilaga 4: Ny organisation (dnr KS/2016:7-4)' },
    ]);
    expect(byKey.get('parties')!.status).toBe('unchanged');
  });
});
