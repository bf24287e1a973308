// The report for the fixed fixture year (report-fixture.ts), through the
// router, against numbers worked out by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report, ReportCell } from '../../shared/ipc/reports';
import { createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import { addUser, signIn, signInAsAdmin } from '../../../test/support/users';
import { buildFixture, fixtureChildren, type Fixture } from '../../../test/support/reports/report-fixture';

let app: TempApp;
let fixture: Fixture;
let report: Report;

beforeAll(async () => {
  app = await createInstalledApp();
  fixture = await buildFixture(app);
  report = await app.must('reports:get', {
    scope: { kind: 'agreement', agreementId: fixture.agreementId },
    period: { kind: 'year', year: 2025 },
  });
}, 120_000);
afterAll(() => app.dispose());

function show(c: ReportCell): string | number | null {
  if (c.kind === 'count') return c.value;
  if (c.kind === 'suppressed') return c.reason === 'primary' ? 'P' : 'C';
  if (c.kind === 'money') return `${c.ore / 100} kr`;
  if (c.kind === 'percent') return c.value === null ? null : `${c.value} %`;
  if (c.kind === 'text') return c.text;
  if (c.kind === 'date') return c.date;
  return null;
}
const grid = (r: Report, key: string) =>
  r.sections
    .flatMap((s) => s.tables)
    .find((t) => t.key === key)!
    .rows.map((row) => [row.label, ...row.cells.map(show)]);

describe('the annual report of the fixture agreement, 2025', () => {
  it('has the key figures worked out by hand', () => {
    expect(grid(report, 'summary')).toEqual([
      ['Barn som deltagit', 12],
      ['Grupper som genomförts eller pågår', 2],
      ['Träffar som hållits', 16],
      ['Närvaro (andel registrerade träffar med barnet närvarande)', '97 %'],
      ['Genomförandegrad (genomförde av dem som avslutat)', 'C'],
      ['Barn på väntelistan vid periodens slut', 'P'],
      ['Orosanmälningar (antal)', 'P'],
      ['Avgiftsintäkter för barn från andra kommuner', 'C'],
    ]);
  });

  it('breaks the 12 children down with small counts hidden and partners hidden beside them', () => {
    expect(grid(report, 'ageBand')).toEqual([
      ['6–9 år', 'C'],
      ['10–12 år', 5],
      ['13–15 år', 'P'],
      ['16–18 år', 0],
      ['19–24 år', 0],
      ['Totalt', 12],
    ]);
    expect(grid(report, 'gender')).toEqual([
      ['Flicka', 7],
      ['Pojke', 'P'],
      ['Annat', 'P'],
      ['Vill inte uppge', 0],
      ['Totalt', 12],
    ]);
    expect(grid(report, 'district')).toEqual([
      ['Farsta', 6],
      ['Skärholmen', 'C'],
      ['Skyddade personuppgifter (redovisas inte)', 'P'],
      ['Totalt', 12],
    ]);
    expect(grid(report, 'placement')).toEqual([
      ['Placerad enligt SoL', 'C'],
      ['Placerad enligt LVU', 'P'],
      ['Inte placerad', 0],
      ['Totalt', 12],
    ]);
    expect(grid(report, 'municipality')).toEqual([
      ['Egen kommun', 'C'],
      ['Annan kommun', 'P'],
      ['Totalt', 12],
    ]);
    expect(grid(report, 'completion')).toEqual([
      ['Genomförde gruppen', 'C'],
      ['Avbröt efter start', 'P'],
      ['Deltar fortfarande', 0],
      ['Totalt', 13],
    ]);
  });

  it('counts groups, targets, feedback, budget against actual, and lists the deadlines', () => {
    expect(grid(report, 'groupsByFormat')).toEqual([
      ['Veckogrupp', 2, 0, 0, 1, 3],
      ['Stödhelg', 0, 0, 0, 0, 0],
      ['Annat upplägg', 0, 0, 0, 0, 0],
      ['Totalt', 2, 0, 0, 1, 3],
    ]);
    expect(grid(report, 'targets')).toEqual([
      ['SN-2025/10 Stödgrupper för familjehemsplacerade barn', 4, 2, 40, 12],
    ]);
    expect(grid(report, 'feedback')).toEqual([
      ['Beröm', 2, 1],
      ['Förslag', 0, 0],
      ['Klagomål', 1, 1],
      ['Fråga', 0, 0],
      ['Totalt', 3, 2],
    ]);
    expect(grid(report, 'budget')).toEqual([
      ['2025 · Personal', '678833 kr', '650000 kr', '-28833 kr'],
      ['2025 · Material', '8000 kr', null, null],
      ['Totalt', '686833 kr', '650000 kr', '-36833 kr'],
    ]);
    expect(report.suppressed).toEqual({ primary: 9, complementary: 5 });
  });

  it('counts the same children in the report across all agreements', async () => {
    const all = await app.must('reports:get', {
      scope: { kind: 'all' },
      period: { kind: 'year', year: 2025 },
    });
    expect(grid(all, 'summary')[0]).toEqual(['Barn som deltagit', 12]);
    expect(grid(all, 'perAgreement')).toEqual([
      ['SN-2025/10 Stödgrupper för familjehemsplacerade barn', 12],
      ['Summa (ett barn kan räknas i flera överenskommelser)', 12],
    ]);
  });

  it('counts the autumn half-year on its own: one group, six children', async () => {
    const half = await app.must('reports:get', {
      scope: { kind: 'agreement', agreementId: fixture.agreementId },
      period: { kind: 'halfYear', year: 2025, half: 2 },
      kind: 'steeringGroupStatus',
    });
    expect(half.title).toBe('Statusrapport till styrgruppen – Andra halvåret 2025');
    expect(grid(half, 'summary').slice(0, 3)).toEqual([
      ['Barn som deltagit', 6],
      ['Grupper som genomförts eller pågår', 1],
      ['Träffar som hållits', 8],
    ]);
  });

  it('holds no name, identity number, birth date or free text of any child', () => {
    const text = JSON.stringify(report);
    for (const c of fixtureChildren) {
      expect(text).not.toContain(c.name.split(' ')[0]);
      expect(text).not.toContain(c.identityNumber);
      expect(text).not.toContain(c.birthDate);
    }
    expect(text).not.toContain('flyttade');
    expect(text).not.toContain('Synpunkt på gruppens upplägg');
  });

  it('follows the threshold an admin sets: with 3, counts of 3 and 4 are shown', async () => {
    expect(await app.must('reports:getSettings', {})).toEqual({ threshold: 5, retentionDays: 30 });
    const bad = await app.call('reports:updateSettings', { threshold: 2, retentionDays: 30 });
    expect(bad.ok ? null : bad.error).toMatchObject({
      code: 'validation',
      fields: { threshold: 'reports.thresholdRange' },
    });
    await app.must('reports:updateSettings', { threshold: 3, retentionDays: 30 });
    const lower = await app.must('reports:get', {
      scope: { kind: 'agreement', agreementId: fixture.agreementId },
      period: { kind: 'year', year: 2025 },
    });
    expect(lower.threshold).toBe(3);
    // Only the 1 "other" is small now; the 4 boys become its partner.
    expect(grid(lower, 'gender')).toEqual([
      ['Flicka', 7],
      ['Pojke', 'C'],
      ['Annat', 'P'],
      ['Vill inte uppge', 0],
      ['Totalt', 12],
    ]);
    expect(grid(lower, 'summary')[5]).toEqual(['Barn på väntelistan vid periodens slut', 'P']);
    await app.must('reports:updateSettings', { threshold: 5, retentionDays: 30 });
  });

  it('lets a viewer read the report, and audits the read without personal data', async () => {
    const viewer = await addUser(app, 'viewer');
    await signIn(app, viewer.username, viewer.password);
    const seen = await app.call('reports:get', {
      scope: { kind: 'agreement', agreementId: fixture.agreementId },
      period: { kind: 'year', year: 2025 },
    });
    expect(seen.ok).toBe(true);
    const saving = await app.call('reports:saveActuals', {
      agreementId: fixture.agreementId,
      year: 2025,
      actuals: [],
    });
    expect(saving.ok ? null : saving.error.code).toBe('forbidden');
    const entries = await app.installation.db
      .selectFrom('audit_log')
      .select(['channel', 'entity_type', 'entity_id', 'outcome'])
      .where('channel', 'like', 'reports:%')
      .execute();
    expect(entries).toContainEqual({
      channel: 'reports:get',
      entity_type: 'report',
      entity_id: `agreement:${fixture.agreementId}`,
      outcome: 'ok',
    });
    // The refused call is logged too (without an entity id: that would come from unchecked input).
    expect(entries.filter((e) => e.channel === 'reports:saveActuals' && e.outcome === 'denied')).toHaveLength(
      1,
    );
    await signInAsAdmin(app);
  });
});
