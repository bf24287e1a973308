// Issue 15: the public party sees a received report's figures on screen and
// beside the agreement it belongs to. The organisation makes the report of
// the Stockholm–Bris agreement; the district imports it, links the partner to
// Bris in its register (exchange:linkPartner), lists the received reports
// (exchange:receivedReports, now with the organisation) and reads the figures
// (exchange:receivedReport): suppressed, nothing per child. Through the real
// router, as the real roles.
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { registerAll, stockholmBris } from '../support/agreements/fixtures';
import { create } from '../support/agreements/helpers';
import { as, exchangePair, type ExchangePair } from '../support/exchange';
import { childInput } from '../support/support-groups/fixtures';

let pair: ExchangePair;
let brisAtDistrict: number;
let packageId: string;

beforeAll(async () => {
  pair = await exchangePair();
  for (const app of [pair.district, pair.org]) {
    await as(app, 'admin');
    const ids = await registerAll(app);
    if (app === pair.district) brisAtDistrict = ids.bris;
    await create(app, stockholmBris(ids, '2026-01-01'));
  }
  // A child at the organisation, so that a report could name one if it were wrong.
  await as(pair.org, 'coordinator');
  await pair.org.must('children:create', childInput());
}, 90_000);
afterAll(() => pair.dispose());

describe('a received report', () => {
  test('the organisation makes the report; the district imports it', async () => {
    const { org, district } = pair;
    const agreementId = (await org.must('reports:agreements', {}))[0]!.id;
    const made = await org.must('exchange:makeReport', {
      partnerId: pair.districtAtOrg,
      agreementId,
      year: 2026,
      folder: mkdtempSync(join(pair.folder, 'rap-')),
    });
    packageId = made.packageId;
    await as(district, 'caseworker');
    await district.must('exchange:import', { path: made.path, confirmed: true });
  });

  test('listed with the sender, the agreement at the sender and the period; no organisation until linked', async () => {
    const { district } = pair;
    expect(await district.must('exchange:receivedReports', {})).toEqual([
      expect.objectContaining({
        packageId,
        partnerId: pair.orgAtDistrict,
        organisationId: null,
        scopeName: expect.stringContaining('SN-2017/272'),
        period: expect.objectContaining({ from: '2026-01-01', to: '2026-12-31' }),
      }),
    ]);
    await as(district, 'admin');
    const linked = await district.must('exchange:linkPartner', {
      partnerId: pair.orgAtDistrict,
      organisationId: brisAtDistrict,
      district: 'Farsta',
    });
    expect(linked).toMatchObject({ organisationId: brisAtDistrict, district: 'Farsta' });
    await as(district, 'caseworker');
    expect((await district.must('exchange:receivedReports', {}))[0]).toMatchObject({ organisationId: brisAtDistrict });
  });

  test('the figures: every section, the commitments per party, and no child named', async () => {
    const { district } = pair;
    const report = await district.must('exchange:receivedReport', { packageId });
    expect(report.kind).toBe('annual');
    const tables = report.sections.flatMap((s) => s.tables);
    const commitments = tables.find((tb) => tb.key === 'commitments')!;
    expect(commitments.rows.length).toBeGreaterThan(0);
    expect(commitments.rows.map((r) => r.label)).toContainEqual(expect.stringMatching(/^Bris: /));
    expect(JSON.stringify(report)).not.toContain(childInput().name);
  });

  test('refusals: another role, an unknown package, a bad link; nothing changed', async () => {
    const { district } = pair;
    await as(district, 'coordinator');
    expect(await district.call('exchange:receivedReport', { packageId })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await district.call('exchange:receivedReports', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await as(district, 'caseworker');
    expect(
      await district.call('exchange:receivedReport', { packageId: '00000000-0000-4000-8000-000000000000' }),
    ).toMatchObject({ ok: false, error: { code: 'notFound' } });
    await as(district, 'admin');
    expect(
      await district.call('exchange:linkPartner', { partnerId: pair.orgAtDistrict, organisationId: 99_999, district: '' }),
    ).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect((await district.must('exchange:partners', {}))[0]).toMatchObject({ organisationId: brisAtDistrict, district: 'Farsta' });
  });
});
