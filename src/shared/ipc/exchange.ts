// Contract for the partner exchange (issue 15): the installation's identity
// and contact card, the partner register, and making and opening packages.
// Paths come from the OS dialogs (files:chooseFile / files:chooseFolder).
import { z } from 'zod';
import { packageKinds } from '../exchange/package-kinds';
import { consentDecisions, consentMethods, consentScopes } from '../support-groups/vocabulary';
import { channel } from './channel';
import { id, isoDate, optionalText, requiredText } from './common';
import { orgNumber } from './organisations';
import { report } from './reports';

const admin = { kind: 'session', roles: ['admin'] } as const;
const staff = { kind: 'session', roles: ['admin', 'caseworker', 'coordinator'] } as const;
const handlers = { kind: 'session', roles: ['caseworker', 'coordinator'] } as const;
const caseworker = { kind: 'session', roles: ['caseworker'] } as const;
const coordinator = { kind: 'session', roles: ['coordinator'] } as const;

const path = z.string().trim().min(1, { error: 'exchange.fileUnavailable' }).max(4096, { error: 'field.tooLong' });
const folder = z.string().trim().min(1, { error: 'reports.folderInvalid' }).max(4096, { error: 'field.tooLong' });
const empty = z.object({}).strict();

export const exchangeIdentityView = z.object({
  organisationName: z.string(),
  orgNumber: z.string(),
  installationName: z.string(),
  ageRecipient: z.string(),
  signingKey: z.string(),
  fingerprint: z.string(),
  createdAt: z.string(),
});
export type ExchangeIdentityView = z.infer<typeof exchangeIdentityView>;

export const partner = z.object({
  id,
  organisationName: z.string(),
  orgNumber: z.string(),
  installationName: z.string(),
  fingerprint: z.string(),
  verified: z.boolean(),
  verifiedAt: z.string().nullable(),
  /** Whom the fingerprint was compared with (a person at the partner). */
  comparedWith: z.string(),
  disabled: z.boolean(),
  rotatedAt: z.string().nullable(),
  organisationId: id.nullable(),
  district: z.string(),
});
export type Partner = z.infer<typeof partner>;

export const cardPreview = z.object({
  organisationName: z.string(),
  orgNumber: z.string(),
  installationName: z.string(),
  fingerprint: z.string(),
  createdAt: z.string(),
  /** new partner, new keys of a verified partner, or a card already imported. */
  effect: z.enum(['new', 'rotation', 'known']),
  partnerId: id.nullable(),
});
export type CardPreview = z.infer<typeof cardPreview>;

export const previewActions = [
  'createChild',
  'updateChild',
  'createInterest',
  'recordNotice',
  'pauseEnrolment',
  'resumeEnrolment',
  'recordConsent',
  'confirmReceipt',
  'storeHandBack',
  'storeReport',
] as const;
export type PreviewAction = (typeof previewActions)[number];

export const previewItem = z.object({
  action: z.enum(previewActions),
  subject: z.string(),
  /** In Swedish (the command line prints it); the screen builds its own text from `consent` where given. */
  detail: z.string(),
  consent: z.object({ scope: z.enum(consentScopes), decision: z.enum(consentDecisions), decidedOn: z.string() }).optional(),
});
export type PreviewItem = z.infer<typeof previewItem>;

export const packagePreview = z.object({
  packageId: z.string(),
  kind: z.enum(packageKinds),
  partner: z.object({ id, organisationName: z.string(), installationName: z.string() }),
  createdAt: z.string(),
  expiresAt: z.string(),
  items: z.array(previewItem),
  /** Programmes named in a referral that do not exist here: choose one for each before importing. */
  unknownProgrammes: z.array(z.string()),
  programmes: z.array(z.object({ id, name: z.string() })),
});
export type PackagePreview = z.infer<typeof packagePreview>;

export const importResult = z.object({
  packageId: z.string(),
  kind: z.enum(packageKinds),
  created: z.number().int(),
  updated: z.number().int(),
  childIds: z.array(id),
});
export type ImportResult = z.infer<typeof importResult>;

export const packageRecord = z.object({
  packageId: z.string(),
  direction: z.enum(['in', 'out']),
  kind: z.enum(packageKinds),
  partnerId: id,
  createdAt: z.string(),
  handledAt: z.string(),
  items: z.number().int(),
  answersPackageId: z.string().nullable(),
  /** Out: the partner confirmed it. In: our receipt was made. */
  receiptAt: z.string().nullable(),
});

export const consentInput = z
  .object({
    /** Null: the person's own consent. */
    guardianId: id.nullable(),
    scope: z.enum(consentScopes),
    decision: z.enum(consentDecisions),
    decidedOn: isoDate,
    method: z.enum(consentMethods),
  })
  .strict();

export const childPackage = z.object({
  packageId: z.string(),
  kind: z.enum(packageKinds),
  partnerId: id,
  partnerName: z.string(),
  createdAt: z.string(),
  /** When the partner's receipt came back; null while it is awaited. */
  receiptAt: z.string().nullable(),
});
export type ChildPackage = z.infer<typeof childPackage>;

export const receivedReport = z.object({
  packageId: z.string(),
  partnerId: id,
  /** The organisation in the register the sending partner is linked to, if any. */
  organisationId: id.nullable(),
  receivedAt: z.string(),
  title: z.string(),
  /** The agreement's name at the sender. */
  scopeName: z.string(),
  period: z.object({ from: z.string(), to: z.string(), label: z.string() }),
});
export type ReceivedReport = z.infer<typeof receivedReport>;

const made = z.object({ path: z.string(), packageId: z.string(), bytes: z.number().int() });

export const exchangeContract = {
  'exchange:identity': channel({ db: 'read', input: empty, output: exchangeIdentityView.nullable(), access: staff }),
  'exchange:createIdentity': channel({
    input: z
      .object({ organisationName: requiredText(200), orgNumber, installationName: requiredText(200) })
      .strict(),
    output: exchangeIdentityView,
    access: admin,
  }),
  'exchange:rotateIdentity': channel({
    input: z.object({ confirmed: z.literal(true, { error: 'field.required' }) }).strict(),
    output: exchangeIdentityView,
    access: admin,
  }),
  'exchange:exportCard': channel({
    db: 'read',
    input: z.object({ folder }).strict(),
    output: z.object({ path: z.string() }),
    access: admin,
  }),
  /** The contact card as a PDF to print (nothing secret on it). */
  'exchange:printCard': channel({
    db: 'read',
    input: z.object({ folder }).strict(),
    output: z.object({ path: z.string() }),
    access: admin,
  }),
  'exchange:previewCard': channel({ db: 'read', input: z.object({ path }).strict(), output: cardPreview, access: admin }),
  'exchange:importCard': channel({ input: z.object({ path }).strict(), output: partner, access: admin }),
  'exchange:partners': channel({ db: 'read', input: empty, output: z.array(partner), access: staff }),
  'exchange:verifyPartner': channel({
    input: z
      .object({ partnerId: id, fingerprint: requiredText(100), comparedWith: requiredText(100) })
      .strict(),
    output: partner,
    access: admin,
  }),
  'exchange:setPartnerDisabled': channel({
    input: z.object({ partnerId: id, disabled: z.boolean() }).strict(),
    output: partner,
    access: admin,
  }),
  'exchange:linkPartner': channel({
    input: z.object({ partnerId: id, organisationId: id.nullable(), district: optionalText(100) }).strict(),
    output: partner,
    access: admin,
  }),
  'exchange:open': channel({ db: 'read', input: z.object({ path }).strict(), output: packagePreview, access: staff }),
  'exchange:import': channel({
    input: z
      .object({
        path,
        confirmed: z.literal(true, { error: 'field.required' }),
        programmeChoices: z.array(z.object({ programme: z.string().max(200), programmeId: id }).strict()).max(50).default([]),
      })
      .strict(),
    output: importResult,
    access: staff,
  }),
  'exchange:packages': channel({
    db: 'read',
    input: z.object({ limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    output: z.array(packageRecord),
    access: staff,
  }),
  'exchange:makeReferral': channel({
    input: z
      .object({
        partnerId: id,
        folder,
        referrals: z
          .array(
            z
              .object({
                childId: id,
                programme: requiredText(200),
                /** For protected identity: how the organisation reaches the family, through social services. */
                contactRoute: optionalText(500),
                consents: z.array(consentInput).max(24),
              })
              .strict(),
          )
          .min(1)
          .max(5000),
      })
      .strict(),
    output: made,
    access: caseworker,
  }),
  'exchange:makeReceipt': channel({
    input: z.object({ packageId: z.uuid(), folder }).strict(),
    output: made,
    access: handlers,
  }),
  'exchange:makeRegistrationNotice': channel({
    input: z.object({ partnerId: id, enrolmentIds: z.array(id).min(1).max(5000), folder }).strict(),
    output: made,
    access: coordinator,
  }),
  /** The hand-back of groups that are over, encrypted to the district's key (instead of a passphrase). */
  'exchange:makeHandBack': channel({
    input: z.object({ partnerId: id, groupIds: z.array(id).min(1).max(500), folder }).strict(),
    output: made.extend({ enrolments: z.number().int() }),
    // As the passphrase hand-back (erasure:handBack): every role that sees personal data.
    access: staff,
  }),
  /** The anonymised annual report of an agreement and year, for the public party. */
  'exchange:makeReport': channel({
    input: z.object({ partnerId: id, agreementId: id, year: z.number().int().min(2000).max(2100), folder }).strict(),
    output: made,
    access: handlers,
  }),
  /** The files of hand-backs and reports received here. */
  'exchange:receivedFiles': channel({
    db: 'read',
    input: empty,
    output: z.array(z.object({ packageId: z.string(), name: z.string(), bytes: z.number().int(), receivedAt: z.string() })),
    access: caseworker,
  }),
  /** What was sent to partners about one child and whether a receipt confirmed it. */
  'exchange:childPackages': channel({ db: 'read', input: z.object({ childId: id }).strict(), output: z.array(childPackage), access: caseworker }),
  /** The reports received here, newest first. */
  'exchange:receivedReports': channel({
    db: 'read',
    input: empty,
    output: z.array(receivedReport),
    access: caseworker,
  }),
  /** One received report's figures (already suppressed by the sender: nothing per child). */
  'exchange:receivedReport': channel({
    db: 'read',
    input: z.object({ packageId: z.uuid() }).strict(),
    output: report,
    access: caseworker,
  }),
  'exchange:saveReceivedFile': channel({
    db: 'read',
    input: z.object({ packageId: z.uuid(), name: z.string().max(100), folder }).strict(),
    output: z.object({ path: z.string() }),
    access: caseworker,
  }),
  'exchange:makeConsentChange': channel({
    input: z.object({ partnerId: id, childId: id, consent: consentInput, folder }).strict(),
    output: made,
    access: caseworker,
  }),
};
