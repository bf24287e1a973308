// Two installations that exchange packages: a district (social services) and
// an organisation, each with its admin, caseworker and coordinator, exchange
// identities, and each other's contact card imported and verified by
// fingerprint. Also: opening a package in tests without the app (age with the
// library, then the tar), for the leak sweep and the interop tests.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Decrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { readFileSync } from 'node:fs';
import type { Role } from '../../src/shared/roles';
import { cardFileText, fingerprint, signCard } from '../../src/main/exchange/card';
import { generateSigningKeyPair } from '../../src/main/exchange/signing-keys';
import { untar } from './age-package';
import { adminPassword, createInstalledApp, type TempApp } from './temp-app';
import { addUser, passwordOf, signIn } from './users';

export interface ExchangePair {
  district: TempApp;
  org: TempApp;
  /** Where both sides save and pick files (the "USB stick"). */
  folder: string;
  /** The organisation's id in the district's partner register, and the reverse. */
  orgAtDistrict: number;
  districtAtOrg: number;
  dispose(): Promise<void>;
}

const usernames: Record<Role, string> = { admin: 'admin', caseworker: 'karin', coordinator: 'kim', viewer: 'vera' };

export async function as(app: TempApp, role: Role): Promise<void> {
  await signIn(app, usernames[role], role === 'admin' ? adminPassword : passwordOf(usernames[role]));
}

async function installation(organisationName: string, orgNumber: string, installationName: string): Promise<TempApp> {
  const app = await createInstalledApp();
  for (const role of ['caseworker', 'coordinator', 'viewer'] as const) await addUser(app, role, usernames[role]);
  await app.must('exchange:createIdentity', { organisationName, orgNumber, installationName });
  return app;
}

/** Imports `from`'s card into `to` and verifies it with the fingerprint `from` shows. */
export async function introduce(from: TempApp, to: TempApp, folder: string): Promise<number> {
  const sub = mkdtempSync(join(folder, 'card-'));
  const { path } = await from.must('exchange:exportCard', { folder: sub });
  const partner = await to.must('exchange:importCard', { path });
  const shown = (await from.must('exchange:identity', {}))!;
  await to.must('exchange:verifyPartner', { partnerId: partner.id, fingerprint: shown.fingerprint, comparedWith: 'Per Partner' });
  return partner.id;
}

export async function exchangePair(): Promise<ExchangePair> {
  const folder = mkdtempSync(join(tmpdir(), 'iop-desk-exchange-'));
  const district = await installation('Malmö stad', '212000-1124', 'Socialtjänsten Norr');
  const org = await installation('Svenska Röda Korset', '802002-8711', 'Stödgrupper Malmö');
  const orgAtDistrict = await introduce(org, district, folder);
  const districtAtOrg = await introduce(district, org, folder);
  return {
    district,
    org,
    folder,
    orgAtDistrict,
    districtAtOrg,
    async dispose() {
      await district.dispose();
      await org.dispose();
    },
  };
}

/** The identities (current and retired) an installation opens packages with. */
export async function ageIdentities(app: TempApp): Promise<string[]> {
  const rows = await app.installation.db.selectFrom('exchange_identity').select('age_identity').execute();
  return rows.map((r) => r.age_identity);
}

/** Opens an exchange package with the library (not the app's code): its files. */
export async function openExchangePackage(path: string, identities: readonly string[]): Promise<Map<string, Buffer>> {
  const decrypter = new Decrypter();
  for (const identity of identities) decrypter.addIdentity(identity);
  return untar(await decrypter.decrypt(readFileSync(path)));
}

/** A partner's contact card made outside any installation (fresh keys), written into `folder`. */
export async function partnerCardFile(folder: string): Promise<{ path: string; fingerprint: string }> {
  const signing = generateSigningKeyPair();
  const identity = { recipient: await identityToRecipient(await generateX25519Identity()) };
  const card = signCard(
    {
      organisationName: 'Bris',
      orgNumber: '802002-8638',
      installationName: 'Stödgrupper Stockholm',
      ageRecipient: identity.recipient,
      signingKey: signing.publicKey,
      createdAt: '2026-03-01T08:00:00.000Z',
      previousSigningKey: null,
    },
    signing.privateKeyPem,
    null,
  );
  const path = join(folder, 'Bris.iopkort');
  writeFileSync(path, cardFileText(card));
  return { path, fingerprint: fingerprint(card.ageRecipient, card.signingKey) };
}

