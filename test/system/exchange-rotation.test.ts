// Issue 15: rotating an installation's keys. The new card is signed by the old
// key too, so a partner takes the new keys without a new phone call; packages
// already made for the old key still open (the old identity is kept, retired);
// until the partner has the new card, packages signed with the new key are
// refused as from an unknown sender.
import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readCard } from '../../src/main/exchange/card';
import { childInput, createAgreement, programmeInput } from '../support/support-groups/fixtures';
import { as, exchangePair, type ExchangePair } from '../support/exchange';

let pair: ExchangePair;
let n = 0;
const dir = () => mkdtempSync(join(pair.folder, `${++n}-`));

async function referral(): Promise<string> {
  await as(pair.district, 'caseworker');
  const child = await pair.district.must(
    'children:create',
    childInput({ name: `Barn ${n} Rotationsson`, placementBasis: 'LVU', identityKind: 'none', identityNumber: '', birthYear: 2014 }),
  );
  return (
    await pair.district.must('exchange:makeReferral', {
      partnerId: pair.orgAtDistrict,
      folder: dir(),
      referrals: [{ childId: child.id, programme: 'Stödgrupp för familjehemsplacerade barn', consents: [] }],
    })
  ).path;
}

const importAt = async (path: string) => {
  await as(pair.org, 'coordinator');
  return pair.org.call('exchange:import', { path, confirmed: true });
};

beforeAll(async () => {
  pair = await exchangePair();
  await as(pair.org, 'coordinator');
  await pair.org.must('programmes:create', programmeInput(await createAgreement(pair.org)));
}, 60_000);
afterAll(() => pair.dispose());

describe('key rotation', () => {
  test('the receiver rotates: a package for the old key still opens; the sender takes the new card without a new comparison', async () => {
    const before = await referral();
    await as(pair.org, 'admin');
    const old = (await pair.org.must('exchange:identity', {}))!;
    const rotated = await pair.org.must('exchange:rotateIdentity', { confirmed: true });
    expect(rotated.fingerprint).not.toBe(old.fingerprint);
    const { path: card } = await pair.org.must('exchange:exportCard', { folder: dir() });
    const parsed = readCard(readFileSync(card))!;
    expect(parsed.previousSigningKey).toBe(old.signingKey);

    expect(await importAt(before)).toMatchObject({ ok: true });

    await as(pair.district, 'admin');
    expect(await pair.district.must('exchange:previewCard', { path: card })).toMatchObject({ effect: 'rotation' });
    const partner = await pair.district.must('exchange:importCard', { path: card });
    expect(partner).toMatchObject({ verified: true, fingerprint: rotated.fingerprint });
    expect(partner.rotatedAt).not.toBeNull();
    const after = await referral();
    expect(await importAt(after)).toMatchObject({ ok: true });
  });

  test('the sender rotates: refused as unknown until the receiver has the new card', async () => {
    await as(pair.district, 'admin');
    await pair.district.must('exchange:rotateIdentity', { confirmed: true });
    const path = await referral();
    expect(await importAt(path)).toMatchObject({ ok: false, error: { code: 'exchange.unknownSender' } });
    await as(pair.district, 'admin');
    const { path: card } = await pair.district.must('exchange:exportCard', { folder: dir() });
    await as(pair.org, 'admin');
    await pair.org.must('exchange:importCard', { path: card });
    expect(await importAt(path)).toMatchObject({ ok: true });
  });
});
