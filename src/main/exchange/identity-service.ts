// This installation's exchange identity: created once by an admin, rotated
// when a key may have leaked or on a schedule. A rotation keeps the old keys
// (retired) so packages already on their way still open, and signs the new
// card with the old key too, so partners can take the new keys without a new
// phone call.
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import type { ExchangeIdentityView } from '../../shared/ipc/exchange';
import { cardExtension } from '../../shared/exchange/package-kinds';
import { AppFailure } from '../base/app-error';
import { nowIso, type ServiceContext } from '../context/service-context';
import type { ReadDb } from '../db/handles';
import { cardFileText, fingerprint, readCard, signCard } from './card';
import { currentIdentityRow, insertIdentity, retireIdentity, type IdentityRow } from './exchange-repository';
import { writeIntoFolder } from './exchange-files';
import { generateSigningKeyPair } from './signing-keys';

export async function requireIdentity(db: ReadDb): Promise<IdentityRow> {
  const row = await currentIdentityRow(db);
  if (!row) throw new AppFailure('exchange.noIdentity');
  return row;
}

export async function identityView(db: ReadDb): Promise<ExchangeIdentityView | null> {
  const row = await currentIdentityRow(db);
  if (!row) return null;
  return {
    organisationName: row.organisation_name,
    orgNumber: row.org_number,
    installationName: row.installation_name,
    ageRecipient: row.age_recipient,
    signingKey: row.signing_key,
    fingerprint: fingerprint(row.age_recipient, row.signing_key),
    createdAt: row.created_at,
  };
}

async function newIdentity(
  ctx: ServiceContext,
  names: { organisationName: string; orgNumber: string; installationName: string },
  previous: IdentityRow | null,
): Promise<void> {
  const ageIdentity = await generateX25519Identity();
  const ageRecipient = await identityToRecipient(ageIdentity);
  const signing = generateSigningKeyPair();
  const createdAt = nowIso(ctx);
  const card = signCard(
    {
      ...names,
      ageRecipient,
      signingKey: signing.publicKey,
      createdAt,
      previousSigningKey: previous?.signing_key ?? null,
    },
    signing.privateKeyPem,
    previous?.signing_private_key ?? null,
  );
  await insertIdentity(ctx.db, {
    organisation_name: names.organisationName,
    org_number: names.orgNumber,
    installation_name: names.installationName,
    age_identity: ageIdentity,
    age_recipient: ageRecipient,
    signing_private_key: signing.privateKeyPem,
    signing_key: signing.publicKey,
    card: cardFileText(card),
    created_at: createdAt,
    created_by_user_id: ctx.user.id,
    retired_at: null,
  });
}

export async function createIdentity(
  ctx: ServiceContext,
  input: { organisationName: string; orgNumber: string; installationName: string },
): Promise<ExchangeIdentityView> {
  if (await currentIdentityRow(ctx.db)) throw new AppFailure('exchange.identityExists');
  await newIdentity(ctx, input, null);
  return (await identityView(ctx.db))!;
}

/** New keys; the new card is signed by the old key as well. */
export async function rotateIdentity(ctx: ServiceContext): Promise<ExchangeIdentityView> {
  const old = await requireIdentity(ctx.db);
  await retireIdentity(ctx.db, old.id, nowIso(ctx));
  await newIdentity(
    ctx,
    { organisationName: old.organisation_name, orgNumber: old.org_number, installationName: old.installation_name },
    old,
  );
  return (await identityView(ctx.db))!;
}

/** The current card as file text (checked: it is what a partner will read). */
export async function cardText(db: ReadDb): Promise<string> {
  const row = await requireIdentity(db);
  if (!readCard(Buffer.from(row.card, 'utf8'))) throw new Error('stored card does not verify');
  return row.card;
}

export async function exportCard(ctx: ServiceContext<ReadDb>, folder: string): Promise<{ path: string }> {
  const row = await requireIdentity(ctx.db);
  const text = await cardText(ctx.db);
  const path = writeIntoFolder(folder, `Kontaktkort ${row.organisation_name} ${row.installation_name}`, cardExtension, Buffer.from(text, 'utf8'));
  return { path };
}
