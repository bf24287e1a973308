// Making a package for a verified partner: the content files of its kind,
// signed with this installation's key, encrypted to the partner's key and our
// own (for our archive), written into the folder the user chose, and recorded
// (ids and kind only).
import { randomUUID } from 'node:crypto';
import type { PackageKind } from '../../shared/exchange/package-kinds';
import type { ConsentDecision, ConsentScope } from '../../shared/support-groups/vocabulary';
import { defaultExpiryDays, packageExtension } from '../../shared/exchange/package-kinds';
import { swedishDay } from '../../shared/dates';
import { nowIso, type ServiceContext } from '../context/service-context';
import { insertPackage, insertPackageChildren, type PartnerRow } from './exchange-repository';
import { writeIntoFolder } from './exchange-files';
import { requireIdentity } from './identity-service';
import { makePackage, type PackageFile } from './package-format';

export const kindFileLabels: Record<PackageKind, string> = {
  referral: 'Anmälan',
  receipt: 'Kvittens',
  registrationNotice: 'Besked om inskrivning',
  consentChange: 'Ändrat samtycke',
  handBack: 'Återföring',
  report: 'Rapport',
};

export interface Made {
  path: string;
  packageId: string;
  bytes: number;
}

export async function makeFor(
  ctx: ServiceContext,
  input: {
    partner: PartnerRow;
    kind: PackageKind;
    files: PackageFile[];
    items: number;
    folder: string;
    answersPackageId?: string;
    expiryDays?: number;
    /** The children here the package is about (shown on their pages with the receipt). */
    childIds?: readonly number[];
  },
): Promise<Made & { data: Buffer }> {
  const identity = await requireIdentity(ctx.db);
  const createdAt = ctx.clock.now();
  const expiresAt = new Date(createdAt.getTime() + (input.expiryDays ?? defaultExpiryDays) * 86_400_000);
  const packageId = randomUUID();
  const data = await makePackage({
    packageId,
    kind: input.kind,
    createdAt,
    expiresAt,
    sender: {
      signingKey: identity.signing_key,
      signingPrivateKey: identity.signing_private_key,
      ageRecipient: identity.age_recipient,
    },
    recipientAgeRecipient: input.partner.age_recipient,
    alsoToSender: true,
    files: input.files,
  });
  const path = writeIntoFolder(
    input.folder,
    `${kindFileLabels[input.kind]} till ${input.partner.organisation_name} ${swedishDay(createdAt)} ${packageId.slice(0, 8)}`,
    packageExtension,
    data,
  );
  await insertPackage(ctx.db, {
    package_id: packageId,
    direction: 'out',
    kind: input.kind,
    partner_id: input.partner.id,
    created_at: createdAt.toISOString(),
    expires_at: expiresAt.toISOString(),
    handled_at: nowIso(ctx),
    handled_by_user_id: ctx.user.id,
    item_count: input.items,
    answers_package_id: input.answersPackageId ?? null,
    receipt_at: null,
  });
  await insertPackageChildren(ctx.db, packageId, input.childIds ?? []);
  return { path, packageId, bytes: data.length, data };
}

const scopeSv = { participation: 'Deltagande', dataSharing: 'Uppgifter till organisationen' } as const;
const decisionSv = { given: 'givet', refused: 'nekat', withdrawn: 'återkallat' } as const;

/** A consent as a preview shows it: Swedish text for the command line, the facts for the screen. */
export function consentPreview(c: { scope: ConsentScope; decision: ConsentDecision; decidedOn: string }) {
  return {
    detail: `${scopeSv[c.scope]}: ${decisionSv[c.decision]} ${c.decidedOn}`,
    consent: { scope: c.scope, decision: c.decision, decidedOn: c.decidedOn },
  };
}

export const jsonFile = (name: string, value: unknown): PackageFile => ({
  name,
  data: Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8'),
});
