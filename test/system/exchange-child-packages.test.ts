// Issue 15: the district's child page shows what was sent to partners about
// the child (exchange:childPackages): the referral and a consent change, each
// awaiting its receipt until the organisation's receipt is imported. Only the
// child's own packages; the caseworker's channel. Through the real router.
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { childInput, createAgreement, programmeInput } from '../support/support-groups/fixtures';
import { as, exchangePair, type ExchangePair } from '../support/exchange';

let pair: ExchangePair;
let childId: number;
let otherId: number;
const out = (name: string) => mkdtempSync(join(pair.folder, `${name}-`));

beforeAll(async () => {
  pair = await exchangePair();
}, 60_000);
afterAll(() => pair.dispose());

describe('what was sent about a child', () => {
  test('nothing before anything was sent', async () => {
    const { district } = pair;
    await as(district, 'caseworker');
    childId = (await district.must('children:create', childInput())).id;
    otherId = (await district.must('children:create', childInput({ name: 'Sigge Exempelsson', identityKind: 'none', identityNumber: '', birthYear: 2014 }))).id;
    expect(await district.must('exchange:childPackages', { childId })).toEqual([]);
  });

  test('the referral is listed as awaiting its receipt, then confirmed by it', async () => {
    const { district, org } = pair;
    const child = await district.must('children:get', { id: childId });
    const made = await district.must('exchange:makeReferral', {
      partnerId: pair.orgAtDistrict,
      folder: out('referral'),
      referrals: [
        {
          childId,
          programme: 'Stödgrupp',
          consents: child.guardians.flatMap((g) =>
            (['participation', 'dataSharing'] as const).map((scope) => ({
              guardianId: g.id,
              scope,
              decision: 'given' as const,
              decidedOn: '2026-02-20',
              method: 'written' as const,
            })),
          ),
        },
      ],
    });
    expect(await district.must('exchange:childPackages', { childId })).toEqual([
      {
        packageId: made.packageId,
        kind: 'referral',
        partnerId: pair.orgAtDistrict,
        partnerName: 'Svenska Röda Korset',
        createdAt: expect.any(String),
        receiptAt: null,
      },
    ]);
    expect(await district.must('exchange:childPackages', { childId: otherId })).toEqual([]);
    await as(org, 'coordinator');
    const programme = await org.must('programmes:create', programmeInput(await createAgreement(org)));
    await org.must('exchange:import', {
      path: made.path,
      confirmed: true,
      programmeChoices: [{ programme: 'Stödgrupp', programmeId: programme.id }],
    });
    const receipt = await org.must('exchange:makeReceipt', { packageId: made.packageId, folder: out('receipt') });
    await district.must('exchange:import', { path: receipt.path, confirmed: true });
    expect((await district.must('exchange:childPackages', { childId }))[0]).toMatchObject({
      kind: 'referral',
      receiptAt: expect.stringMatching(/^2026-/),
    });
  });

  test('a consent change is listed too, newest first', async () => {
    const { district } = pair;
    const guardianId = (await district.must('children:get', { id: childId })).guardians[0]!.id;
    const made = await district.must('exchange:makeConsentChange', {
      partnerId: pair.orgAtDistrict,
      childId,
      consent: { guardianId, scope: 'dataSharing', decision: 'withdrawn', decidedOn: '2026-03-01', method: 'written' },
      folder: out('change'),
    });
    const list = await district.must('exchange:childPackages', { childId });
    expect(list.map((p) => p.kind).sort()).toEqual(['consentChange', 'referral']);
    expect(list.find((p) => p.packageId === made.packageId)).toMatchObject({ kind: 'consentChange', receiptAt: null });
  });

  test('another role is refused', async () => {
    const { district } = pair;
    await as(district, 'coordinator');
    expect(await district.call('exchange:childPackages', { childId })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
