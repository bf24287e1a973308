// The partner register: an admin imports a partner's contact card, compares
// the fingerprint with the partner over the phone and records it; until then
// nothing is accepted from or made for that partner. A card that announces a
// rotation (signed by the partner's verified old key) replaces the keys and
// keeps the verification. Partners are linked to an organisation or district
// here and can be disabled.
import type { CardPreview, Partner } from '../../shared/ipc/exchange';
import type { ContactCard } from '../../shared/exchange/card-format';
import { AppFailure } from '../base/app-error';
import { nowIso, type ServiceContext } from '../context/service-context';
import type { ReadDb } from '../db/handles';
import { fingerprint, readCard } from './card';
import {
  currentIdentityRow,
  identityRows,
  insertPartner,
  organisationExists,
  partnerBySigningKey,
  partnerRow,
  partnerRows,
  updatePartner,
  type PartnerRow,
} from './exchange-repository';
import { readChosenFile } from './exchange-files';

export function toPartner(row: PartnerRow): Partner {
  return {
    id: row.id,
    organisationName: row.organisation_name,
    orgNumber: row.org_number,
    installationName: row.installation_name,
    fingerprint: fingerprint(row.age_recipient, row.signing_key),
    verified: row.verified_at !== null,
    verifiedAt: row.verified_at,
    comparedWith: row.verified_by_name,
    disabled: row.disabled_at !== null,
    rotatedAt: row.rotated_at,
    organisationId: row.organisation_id,
    district: row.district,
  };
}

export async function listPartners(db: ReadDb): Promise<Partner[]> {
  return (await partnerRows(db)).map(toPartner);
}

export async function requirePartner(db: ReadDb, id: number): Promise<PartnerRow> {
  const row = await partnerRow(db, id);
  if (!row) throw new AppFailure('notFound');
  return row;
}

/** A partner packages may be made for: verified and not disabled. */
export async function requireUsablePartner(db: ReadDb, id: number): Promise<PartnerRow> {
  const row = await requirePartner(db, id);
  if (row.disabled_at !== null) throw new AppFailure('exchange.partnerDisabled');
  if (row.verified_at === null) throw new AppFailure('exchange.partnerNotVerified');
  return row;
}

function readCardFile(path: string): ContactCard {
  const card = readCard(readChosenFile(path, 16 * 1024));
  if (!card) throw new AppFailure('exchange.notCard');
  return card;
}

type CardEffect = { kind: 'new' } | { kind: 'rotation'; partner: PartnerRow } | { kind: 'known'; partner: PartnerRow };

async function effectOf(db: ReadDb, card: ContactCard): Promise<CardEffect> {
  if ((await identityRows(db)).some((i) => i.signing_key === card.signingKey)) throw new AppFailure('exchange.ownCard');
  const known = await partnerBySigningKey(db, card.signingKey);
  if (known) return { kind: 'known', partner: known };
  if (card.previousSigningKey) {
    const previous = await partnerBySigningKey(db, card.previousSigningKey);
    if (previous && previous.verified_at !== null) return { kind: 'rotation', partner: previous };
  }
  return { kind: 'new' };
}

export async function previewCard(ctx: ServiceContext<ReadDb>, path: string): Promise<CardPreview> {
  const card = readCardFile(path);
  const effect = await effectOf(ctx.db, card);
  return {
    organisationName: card.organisationName,
    orgNumber: card.orgNumber,
    installationName: card.installationName,
    fingerprint: fingerprint(card.ageRecipient, card.signingKey),
    createdAt: card.createdAt,
    effect: effect.kind,
    partnerId: effect.kind === 'new' ? null : effect.partner.id,
  };
}

/** Imports a card: a new partner (not yet verified), or a rotation of a verified one. */
export async function importCard(ctx: ServiceContext, path: string): Promise<Partner> {
  const card = readCardFile(path);
  const effect = await effectOf(ctx.db, card);
  const now = nowIso(ctx);
  if (effect.kind === 'known') throw new AppFailure('exchange.cardKnown');
  if (effect.kind === 'rotation') {
    await updatePartner(ctx.db, effect.partner.id, {
      organisation_name: card.organisationName,
      org_number: card.orgNumber,
      installation_name: card.installationName,
      age_recipient: card.ageRecipient,
      signing_key: card.signingKey,
      card_created_at: card.createdAt,
      rotated_at: now,
    });
    return toPartner((await partnerRow(ctx.db, effect.partner.id))!);
  }
  const id = await insertPartner(ctx.db, {
    organisation_name: card.organisationName,
    org_number: card.orgNumber,
    installation_name: card.installationName,
    age_recipient: card.ageRecipient,
    signing_key: card.signingKey,
    card_created_at: card.createdAt,
    imported_at: now,
    imported_by_user_id: ctx.user.id,
    verified_at: null,
    verified_by_user_id: null,
    verified_by_name: '',
    rotated_at: null,
    disabled_at: null,
    organisation_id: null,
    district: '',
  });
  return toPartner((await partnerRow(ctx.db, id))!);
}

const digits = (s: string) => s.replace(/\D/g, '');

/** Records that the fingerprint the partner read aloud is the one shown here. */
export async function verifyPartner(
  ctx: ServiceContext,
  input: { partnerId: number; fingerprint: string; comparedWith: string },
): Promise<Partner> {
  if (!(await currentIdentityRow(ctx.db))) throw new AppFailure('exchange.noIdentity');
  const row = await requirePartner(ctx.db, input.partnerId);
  if (digits(input.fingerprint) !== digits(fingerprint(row.age_recipient, row.signing_key))) {
    throw new AppFailure('exchange.fingerprintMismatch', { fields: { fingerprint: 'exchange.fingerprintMismatch' } });
  }
  await updatePartner(ctx.db, row.id, {
    verified_at: nowIso(ctx),
    verified_by_user_id: ctx.user.id,
    verified_by_name: input.comparedWith,
  });
  return toPartner((await partnerRow(ctx.db, row.id))!);
}

export async function setPartnerDisabled(ctx: ServiceContext, input: { partnerId: number; disabled: boolean }): Promise<Partner> {
  const row = await requirePartner(ctx.db, input.partnerId);
  await updatePartner(ctx.db, row.id, { disabled_at: input.disabled ? nowIso(ctx) : null });
  return toPartner((await partnerRow(ctx.db, row.id))!);
}

export async function linkPartner(
  ctx: ServiceContext,
  input: { partnerId: number; organisationId: number | null; district: string },
): Promise<Partner> {
  const row = await requirePartner(ctx.db, input.partnerId);
  if (input.organisationId !== null) {
    if (!(await organisationExists(ctx.db, input.organisationId))) throw new AppFailure('validation', { fields: { organisationId: 'field.invalid' } });
  }
  await updatePartner(ctx.db, row.id, { organisation_id: input.organisationId, district: input.district });
  return toPartner((await partnerRow(ctx.db, row.id))!);
}
