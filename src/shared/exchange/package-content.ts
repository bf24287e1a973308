// What is inside each kind of package (content.json), checked with these
// schemas on opening. Referrals carry only what the basis allows (see
// referral-rules.ts); a child with protected identity carries no address,
// no foster home and no phone numbers, only a contact route through social
// services.
import { z } from 'zod';
import {
  consentDecisions,
  consentMethods,
  consentScopes,
  genders,
  placementBases,
  representatives,
} from '../support-groups/vocabulary';
import { packageKinds } from './package-kinds';

const text = (max: number) => z.string().max(max);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const address = z.object({ street: text(200), postalCode: text(10), city: text(100) }).strict();

export const referralGuardian = z
  .object({
    ref: z.number().int().min(1).max(6),
    name: text(100).min(1),
    phone: text(40),
    email: text(200),
    hasCustody: z.boolean(),
    representative: z.enum(representatives).nullable(),
  })
  .strict();

export const carriedConsent = z
  .object({
    /** Null: the person's own consent. */
    guardianRef: z.number().int().min(1).max(6).nullable(),
    scope: z.enum(consentScopes),
    decision: z.enum(consentDecisions),
    decidedOn: day,
    method: z.enum(consentMethods),
  })
  .strict();

export const referralItem = z
  .object({
    /** The district's reference for this child towards this partner (no identity number travels). */
    subjectRef: z.uuid(),
    programme: text(200).min(1),
    referredOn: day,
    child: z
      .object({
        name: text(100).min(1),
        nameIsAlias: z.boolean(),
        birthYear: z.number().int().min(1900).max(2100),
        gender: z.enum(genders),
        homeMunicipality: text(100).min(1),
        district: text(100),
        placementBasis: z.enum(placementBases),
        protectedIdentity: z.boolean(),
        /** Absent for protected identity. */
        address: address.nullable(),
        phone: text(40),
        email: text(200),
        fosterHome: z.object({ name: text(200), phone: text(40), email: text(200), address }).strict().nullable(),
        /** For protected identity: how to reach the family, through social services. */
        contactRoute: text(500),
      })
      .strict(),
    guardians: z.array(referralGuardian).max(6),
    consents: z.array(carriedConsent).max(24),
    caseworker: z.object({ name: text(100), unit: text(200), phone: text(40), email: text(200) }).strict(),
  })
  .strict();
export type ReferralItem = z.infer<typeof referralItem>;

export const referralContent = z.object({ referrals: z.array(referralItem).min(1).max(5000) }).strict();

export const receiptContent = z
  .object({ packageId: z.uuid(), kind: z.enum(packageKinds), importedAt: z.iso.datetime(), items: z.number().int() })
  .strict();

export const noticeItem = z
  .object({ subjectRef: z.uuid(), groupName: text(200).min(1), startDate: day })
  .strict();
export const registrationNoticeContent = z.object({ notices: z.array(noticeItem).min(1).max(5000) }).strict();

export const consentChangeItem = z.object({ subjectRef: z.uuid(), consent: carriedConsent }).strict();
export const consentChangeContent = z.object({ changes: z.array(consentChangeItem).min(1).max(5000) }).strict();
