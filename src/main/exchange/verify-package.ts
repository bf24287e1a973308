// Every check before a package is shown or imported, in this order: size,
// decryption with one of our keys (else it is for another installation),
// archive and hashes (a changed or cut-off byte fails here or in the age
// payload's authentication), a known, verified, enabled sender, the
// signature, the signed recipient being us, expiry, replay, and the kind for
// the user's role. Each refusal has its own code; nothing is changed.
import type { ErrorCode } from '../../shared/error-codes';
import type { Role } from '../../shared/roles';
import { importRoles } from '../../shared/exchange/package-kinds';
import { AppFailure } from '../base/app-error';
import type { ReadDb } from '../db/handles';
import type { Clock } from '../base/clock';
import { identityRows, packageRow, partnerBySigningKey, type PartnerRow } from './exchange-repository';
import { readChosenFile } from './exchange-files';
import { signatureValid, unpackPackage, type Unpacked } from './package-format';

export interface VerifiedPackage extends Unpacked {
  partner: PartnerRow;
}

const refuse = (code: ErrorCode) => new AppFailure(code, { fields: { path: code } });

export async function verifyBytes(
  ctx: { db: ReadDb; clock: Clock; user: { role: Role } },
  bytes: Buffer,
): Promise<VerifiedPackage> {
  const identities = await identityRows(ctx.db);
  if (identities.length === 0) throw new AppFailure('exchange.noIdentity');
  const unpacked = await unpackPackage(
    bytes,
    identities.map((i) => i.age_identity),
  );
  if (unpacked === 'notForUs') throw refuse('exchange.notForUs');
  if (unpacked === 'damaged') throw refuse('exchange.damaged');
  const { manifest } = unpacked;
  const partner = await partnerBySigningKey(ctx.db, manifest.sender.signingKey);
  if (!partner) throw refuse('exchange.unknownSender');
  if (!signatureValid(unpacked, partner.signing_key)) throw refuse('exchange.badSignature');
  if (partner.verified_at === null) throw refuse('exchange.partnerNotVerified');
  if (partner.disabled_at !== null) throw refuse('exchange.partnerDisabled');
  if (manifest.recipient.ageRecipient !== identities[unpacked.identityIndex]!.age_recipient) throw refuse('exchange.notForUs');
  if (new Date(manifest.expiresAt).getTime() <= ctx.clock.now().getTime()) throw refuse('exchange.expired');
  if (await packageRow(ctx.db, 'in', manifest.packageId)) throw refuse('exchange.alreadyImported');
  if (!importRoles[manifest.kind].includes(ctx.user.role)) throw refuse('exchange.wrongKindForRole');
  return { ...unpacked, partner };
}

export async function verifyFile(ctx: { db: ReadDb; clock: Clock; user: { role: Role } }, path: string): Promise<VerifiedPackage> {
  return verifyBytes(ctx, readChosenFile(path));
}
