// Issue 15: every refusal when a package is opened or imported, each with its
// own Swedish message and nothing changed; and a property test that flips
// random bytes of real packages: every one is refused.
import { copyFileSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ErrorCode } from '../../src/shared/error-codes';
import { sv } from '../../src/shared/i18n/sv';
import { makePackage } from '../../src/main/exchange/package-format';
import { generateSigningKeyPair } from '../../src/main/exchange/signing-keys';
import { childInput, createAgreement, programmeInput } from '../support/support-groups/fixtures';
import { as, exchangePair, introduce, type ExchangePair } from '../support/exchange';
import { createInstalledApp, type TempApp } from '../support/temp-app';
import { addUser } from '../support/users';

let pair: ExchangePair;
let stranger: TempApp;
let referral: string;
let n = 0;
const dir = (name: string) => mkdtempSync(join(pair.folder, `${++n}-${name}-`));

async function referralFrom(app: TempApp, partnerId: number, programme = 'Stödgrupp för familjehemsplacerade barn') {
  await as(app, 'caseworker');
  // Under LVU no custodian consent is needed for the referral.
  const child = await app.must('children:create', childInput({ placementBasis: 'LVU', identityKind: 'none', identityNumber: '', birthYear: 2014 }));
  return (
    await app.must('exchange:makeReferral', { partnerId, folder: dir('ref'), referrals: [{ childId: child.id, programme, consents: [] }] })
  ).path;
}

/** What "nothing changed" means on the organisation's side. */
async function orgState() {
  const db = pair.org.installation.db;
  const count = async (table: 'child' | 'enrolment' | 'exchange_package' | 'exchange_subject' | 'consent') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return {
    child: await count('child'),
    enrolment: await count('enrolment'),
    package: await count('exchange_package'),
    subject: await count('exchange_subject'),
    consent: await count('consent'),
  };
}

async function expectRefused(path: string, code: ErrorCode, role: 'coordinator' | 'admin' = 'coordinator') {
  await as(pair.org, role);
  const before = await orgState();
  for (const result of [
    await pair.org.call('exchange:open', { path }),
    await pair.org.call('exchange:import', { path, confirmed: true }),
  ]) {
    expect(result).toMatchObject({ ok: false, error: { code, message: sv[code] } });
  }
  expect(await orgState()).toEqual(before);
}

beforeAll(async () => {
  pair = await exchangePair();
  await as(pair.org, 'coordinator');
  await pair.org.must('programmes:create', programmeInput(await createAgreement(pair.org)));
  stranger = await createInstalledApp();
  await addUser(stranger, 'caseworker', 'karin');
  await stranger.must('exchange:createIdentity', {
    organisationName: 'Lunds kommun',
    orgNumber: '212000-1223',
    installationName: 'Okänd',
  });
  referral = await referralFrom(pair.district, pair.orgAtDistrict);
}, 90_000);
afterAll(async () => {
  await stranger.dispose();
  await pair.dispose();
});

describe('refusals, each with nothing changed', () => {
  test('the Swedish messages say what happened', () => {
    expect(sv['exchange.badSignature']).toMatch(/underskrift stämmer inte/);
    expect(sv['exchange.damaged']).toMatch(/skadad, avkortad eller ändrad/);
  });

  test('an unknown sender, then the same sender imported but not yet verified', async () => {
    await as(pair.org, 'admin');
    const orgAtStranger = await introduce(pair.org, stranger, pair.folder);
    const fromStranger = await referralFrom(stranger, orgAtStranger);
    await expectRefused(fromStranger, 'exchange.unknownSender');
    const sub = dir('card');
    await as(stranger, 'admin');
    const { path } = await stranger.must('exchange:exportCard', { folder: sub });
    await as(pair.org, 'admin');
    await pair.org.must('exchange:importCard', { path });
    await expectRefused(fromStranger, 'exchange.partnerNotVerified');
  });

  test('a bad signature: signed by another key in the partner’s name', async () => {
    const district = (await pair.district.must('exchange:identity', {}))!;
    const org = (await pair.org.must('exchange:identity', {}))!;
    const forged = await makePackage({
      packageId: crypto.randomUUID(),
      kind: 'referral',
      createdAt: pair.org.clock.now(),
      expiresAt: new Date(pair.org.clock.now().getTime() + 86_400_000),
      sender: { signingKey: district.signingKey, signingPrivateKey: generateSigningKeyPair().privateKeyPem, ageRecipient: district.ageRecipient },
      recipientAgeRecipient: org.ageRecipient,
      alsoToSender: false,
      files: [{ name: 'content.json', data: Buffer.from('{"referrals":[]}') }],
    });
    const path = join(dir('forged'), 'forged.iop.age');
    writeFileSync(path, forged);
    await expectRefused(path, 'exchange.badSignature');
  });

  test('a package for another installation', async () => {
    await as(pair.district, 'admin');
    const strangerAtDistrict = await introduce(stranger, pair.district, pair.folder);
    await expectRefused(await referralFrom(pair.district, strangerAtDistrict), 'exchange.notForUs');
  });

  test('expired, truncated, over 100 MB, and the wrong kind for the role', async () => {
    await expectRefused(referral, 'exchange.wrongKindForRole', 'admin');
    const cut = join(dir('cut'), 'cut.iop.age');
    copyFileSync(referral, cut);
    truncateSync(cut, readFileSync(referral).length - 20);
    await expectRefused(cut, 'exchange.damaged');
    const huge = join(dir('huge'), 'huge.iop.age');
    writeFileSync(huge, '');
    truncateSync(huge, 100 * 1024 * 1024 + 1);
    await expectRefused(huge, 'exchange.tooLarge');
    const saved = pair.org.clock.now();
    pair.org.clock.set(new Date(saved.getTime() + 31 * 86_400_000));
    await expectRefused(referral, 'exchange.expired');
    pair.org.clock.set(saved);
  });

  test('a disabled partner; enabled again it opens', async () => {
    await as(pair.org, 'admin');
    await pair.org.must('exchange:setPartnerDisabled', { partnerId: pair.districtAtOrg, disabled: true });
    await expectRefused(referral, 'exchange.partnerDisabled');
    await as(pair.org, 'admin');
    await pair.org.must('exchange:setPartnerDisabled', { partnerId: pair.districtAtOrg, disabled: false });
    await as(pair.org, 'coordinator');
    expect((await pair.org.call('exchange:open', { path: referral })).ok).toBe(true);
  });

  test('a programme that does not exist here: listed in the preview, refused until one is chosen', async () => {
    const path = await referralFrom(pair.district, pair.orgAtDistrict, 'Flyktfåglarna');
    await as(pair.org, 'coordinator');
    const preview = await pair.org.must('exchange:open', { path });
    expect(preview.unknownProgrammes).toEqual(['Flyktfåglarna']);
    expect(preview.programmes).toEqual([expect.objectContaining({ name: 'Stödgrupp för familjehemsplacerade barn' })]);
    const before = await orgState();
    expect(await pair.org.call('exchange:import', { path, confirmed: true })).toMatchObject({
      ok: false,
      error: { code: 'exchange.unknownProgramme', message: expect.stringContaining('Flyktfåglarna') },
    });
    expect(await orgState()).toEqual(before);
    const imported = await pair.org.must('exchange:import', {
      path,
      confirmed: true,
      programmeChoices: [{ programme: 'Flyktfåglarna', programmeId: preview.programmes[0]!.id }],
    });
    expect(imported.created).toBe(1);
    // A replay of the same file.
    await expectRefused(path, 'exchange.alreadyImported');
  });

  test('a child named twice in one referral is refused when it is made', async () => {
    await as(pair.district, 'caseworker');
    const [child] = await pair.district.must('children:list', {});
    const one = { childId: child!.id, programme: 'Stödgrupp för familjehemsplacerade barn', consents: [] };
    expect(
      await pair.district.call('exchange:makeReferral', { partnerId: pair.orgAtDistrict, folder: dir('twice'), referrals: [one, one] }),
    ).toMatchObject({ ok: false, error: { code: 'validation', fields: { 'referrals.1.childId': 'field.invalid' } } });
  });

  test('not a card, and the installation’s own card', async () => {
    await as(pair.org, 'admin');
    expect(await pair.org.call('exchange:importCard', { path: referral })).toMatchObject({ ok: false, error: { code: 'exchange.notCard' } });
    const { path } = await pair.org.must('exchange:exportCard', { folder: dir('own') });
    expect(await pair.org.call('exchange:importCard', { path })).toMatchObject({ ok: false, error: { code: 'exchange.ownCard' } });
    const partners = await pair.org.must('exchange:partners', {});
    expect(await pair.org.call('exchange:verifyPartner', { partnerId: partners.at(-1)!.id, fingerprint: '00000 00000 00000 00000 00000 00000', comparedWith: 'X' })).toMatchObject({
      ok: false,
      error: { code: 'exchange.fingerprintMismatch' },
    });
  });
});

describe('a changed byte anywhere', () => {
  test('flipping random bytes of real packages: 100 % refused, nothing changed', async () => {
    await as(pair.org, 'coordinator');
    const original = readFileSync(referral);
    const folder = dir('flip');
    const before = await orgState();
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: original.length - 1 }), fc.integer({ min: 1, max: 255 }), async (at, mask) => {
        const bytes = Buffer.from(original);
        bytes[at] = bytes[at]! ^ mask;
        const path = join(folder, `flip-${tried++}.iop.age`);
        writeFileSync(path, bytes);
        const result = await pair.org.call('exchange:import', { path, confirmed: true });
        return !result.ok;
      }),
      { numRuns: 300 },
    );
    expect(tried).toBeGreaterThanOrEqual(300);
    expect(await orgState()).toEqual(before);
  }, 120_000);
});
