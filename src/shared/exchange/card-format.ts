// A contact card (kontaktkort): the small file one installation gives a
// partner, so the partner can encrypt to it and check its signatures. It is
// signed by its own signing key and, after a rotation, also by the key it
// replaces. What is signed is `cardSigningText`: one `name: value` line per
// field in this order (README.md, "Partner exchange").
import { z } from 'zod';

export const cardFormat = 'iop-desk-card/1';

const line = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((s) => !/[\r\n]/.test(s));
const ed25519Key = z.string().regex(/^[A-Za-z0-9+/]{43}=$/);
const signature = z.string().regex(/^[A-Za-z0-9+/]{86}==$/);

export const contactCard = z
  .object({
    format: z.literal(cardFormat),
    organisationName: line(200),
    orgNumber: z.string().regex(/^\d{6}-\d{4}$/),
    installationName: line(200),
    ageRecipient: z.string().regex(/^age1[02-9ac-hj-np-z]{58}$/),
    signingKey: ed25519Key,
    createdAt: z.iso.datetime(),
    previousSigningKey: ed25519Key.nullable(),
    signature,
    previousSignature: signature.nullable(),
  })
  .strict();
export type ContactCard = z.infer<typeof contactCard>;

export type UnsignedCard = Omit<ContactCard, 'signature' | 'previousSignature'>;

/** The exact text both signatures cover. */
export function cardSigningText(card: UnsignedCard): string {
  return [
    card.format,
    `organisationName: ${card.organisationName}`,
    `orgNumber: ${card.orgNumber}`,
    `installationName: ${card.installationName}`,
    `ageRecipient: ${card.ageRecipient}`,
    `signingKey: ${card.signingKey}`,
    `createdAt: ${card.createdAt}`,
    `previousSigningKey: ${card.previousSigningKey ?? ''}`,
    '',
  ].join('\n');
}
