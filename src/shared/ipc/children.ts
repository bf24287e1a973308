// Contract for the children register. Lists return masked values for a child
// with protected identity (skyddade personuppgifter); only `children:reveal`
// shows them, to the roles that need them, and every call is audited.
import { z } from 'zod';
import { personalDataRoles, type Role } from '../roles';
import {
  estimatedAgeBands,
  genders,
  identityKinds,
  placementBases,
  representatives,
} from '../support-groups/vocabulary';
import { channel } from './channel';
import { email, id, isoDate, isoDateTime, optionalText, phone, postalCode, requiredText } from './common';

export const addressInput = z.object({ street: optionalText(200), postalCode, city: optionalText(100) });
const addressOutput = z.object({ street: z.string(), postalCode: z.string(), city: z.string() });

export const guardianInput = z.object({
  /** Keeps an existing guardian (and the consents recorded for them); absent for a new one. */
  id: id.optional(),
  name: requiredText(100),
  phone,
  email,
  hasCustody: z.boolean(),
  /**
   * God man or särskilt förordnad vårdnadshavare; null for a parent. Main
   * stores custody for a särskilt förordnad vårdnadshavare and none for a god man.
   */
  representative: z.enum(representatives).nullable().default(null),
});

const fosterHomeInput = z.object({ name: optionalText(200), phone, email, address: addressInput });
const caseworkerInput = z.object({ name: optionalText(100), unit: optionalText(200), phone, email });

export const childInput = z
  .object({
    /** The name, or an alias for a person without a Swedish identity number. */
    name: requiredText(100),
    nameIsAlias: z.boolean().default(false),
    identityKind: z.enum(identityKinds),
    /** Checked in main against today's date (the century of a 10-digit number depends on it). */
    identityNumber: z.string().trim().max(20, { error: 'field.tooLong' }).default(''),
    birthDate: isoDate.nullable().default(null),
    birthYear: z
      .number({ error: 'field.year' })
      .int({ error: 'field.year' })
      .min(1900, { error: 'field.year' })
      .max(2100, { error: 'field.year' })
      .nullable()
      .default(null),
    /** For a person with no number and no known birth year: an age band entered by hand. */
    ageBand: z.enum(estimatedAgeBands).nullable().default(null),
    gender: z.enum(genders),
    homeMunicipality: requiredText(100),
    district: optionalText(100),
    placementBasis: z.enum(placementBases),
    protectedIdentity: z.boolean().default(false),
    address: addressInput,
    phone,
    email,
    fosterHome: fosterHomeInput,
    guardians: z.array(guardianInput).max(6, { error: 'field.tooMany' }),
    caseworker: caseworkerInput,
    /**
     * On update: keep the stored address, contact details and foster home
     * (a protected child edited without revealing them first). Protection
     * itself is never lifted here: that is `children:liftProtection`.
     */
    keepProtectedDetails: z.boolean().default(false),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (
      value.identityKind === 'none' &&
      value.birthDate === null &&
      value.birthYear === null &&
      value.ageBand === null
    ) {
      ctx.addIssue({ code: 'custom', message: 'identity.birthRequired', path: ['birthDate'] });
    }
    if (value.identityKind !== 'none' && value.identityNumber === '') {
      ctx.addIssue({ code: 'custom', message: 'identityNumber.empty', path: ['identityNumber'] });
    }
  });
export type ChildInput = z.input<typeof childInput>;
export type ChildData = z.output<typeof childInput>;

export const guardian = z.object({
  id,
  name: z.string(),
  phone: z.string(),
  email: z.string(),
  hasCustody: z.boolean(),
  representative: z.enum(representatives).nullable(),
});

/** Address, contact details and foster home: the parts protected identity hides. */
export const protectedDetails = z.object({
  address: addressOutput,
  phone: z.string(),
  email: z.string(),
  fosterHome: z.object({ name: z.string(), phone: z.string(), email: z.string(), address: addressOutput }),
});
export type ProtectedDetails = z.infer<typeof protectedDetails>;

export const contactView = z.discriminatedUnion('masked', [
  z.object({ masked: z.literal(true) }),
  z.object({ masked: z.literal(false), details: protectedDetails }),
]);

export const concernReport = z.object({
  id,
  reportedOn: z.string(),
  socialServices: z.string(),
  reportedBy: z.string(),
  recordedAt: isoDateTime,
});
export type ConcernReport = z.infer<typeof concernReport>;

export const childEnrolmentSummary = z.object({
  id,
  programmeName: z.string(),
  groupName: z.string().nullable(),
  status: z.string(),
  paused: z.boolean(),
});

/** A change of the protected-identity flag: who set or lifted it, when and why. */
export const protectionChange = z.object({
  change: z.enum(['set', 'lifted']),
  reason: z.string(),
  changedAt: isoDateTime,
});

export const child = z.object({
  id,
  name: z.string(),
  nameIsAlias: z.boolean(),
  identityKind: z.enum(identityKinds),
  identityNumber: z.string().nullable(),
  birthDate: z.string().nullable(),
  birthYear: z.number().int().nullable(),
  /** An age band entered by hand (no number, no known birth year), and the day it was entered. */
  ageBand: z.enum(estimatedAgeBands).nullable(),
  ageBandOn: z.string().nullable(),
  age: z.number().int().nullable(),
  gender: z.enum(genders),
  homeMunicipality: z.string(),
  district: z.string(),
  placementBasis: z.enum(placementBases),
  protectedIdentity: z.boolean(),
  contact: contactView,
  guardians: z.array(guardian),
  caseworker: z.object({ name: z.string(), unit: z.string(), phone: z.string(), email: z.string() }),
  /** Other children with the same name and birth date (a possible duplicate without ID). */
  possibleDuplicateIds: z.array(id),
  concernReports: z.array(concernReport),
  enrolments: z.array(childEnrolmentSummary),
  /** When protection was set or lifted, newest last. */
  protectionChanges: z.array(protectionChange),
  version: z.number().int(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Child = z.infer<typeof child>;

export const childSummary = z.object({
  id,
  name: z.string(),
  nameIsAlias: z.boolean(),
  identityNumber: z.string().nullable(),
  birthDate: z.string().nullable(),
  birthYear: z.number().int().nullable(),
  gender: z.enum(genders),
  homeMunicipality: z.string(),
  district: z.string(),
  placementBasis: z.enum(placementBases),
  protectedIdentity: z.boolean(),
  /** Null when masked (protected identity) or not recorded. */
  city: z.string().nullable(),
  fosterHomeName: z.string().nullable(),
});
export type ChildSummary = z.infer<typeof childSummary>;

export const concernReportInput = z.object({
  childId: id,
  reportedOn: isoDate,
  /** Which social services received the report, e.g. "Socialtjänsten i Malmö, Norr". */
  socialServices: requiredText(200),
  reportedBy: requiredText(100),
});

const readers = { kind: 'session', roles: personalDataRoles } as const;
const writers = { kind: 'session', roles: personalDataRoles } as const;
/** Protected details are for those who contact the family, not for administration. */
export const revealRoles: readonly Role[] = ['caseworker', 'coordinator'];

export const childListLimit = 200;

export const childrenContract = {
  'children:list': channel({
    db: 'read',
    input: z
      .object({
        query: z.string().trim().max(100).default(''),
        district: z.string().trim().max(100).default(''),
        limit: z.number().int().min(1).max(childListLimit).default(childListLimit),
      })
      .strict(),
    output: z.array(childSummary),
    access: readers,
  }),
  'children:districts': channel({
    db: 'read',
    input: z.object({}).strict(),
    output: z.array(z.string()),
    access: readers,
  }),
  'children:get': channel({ db: 'read', input: z.object({ id }).strict(), output: child, access: readers }),
  'children:create': channel({ input: childInput, output: child, access: writers }),
  'children:update': channel({
    input: z.object({ id, version: z.number().int(), data: childInput }).strict(),
    output: child,
    access: writers,
  }),
  'children:reveal': channel({
    db: 'read',
    input: z.object({ id }).strict(),
    output: protectedDetails,
    access: { kind: 'session', roles: revealRoles },
  }),
  /**
   * Lifting protection is its own audited act with a reason, for the roles
   * that may reveal; it answers with the new version only, never the details.
   */
  'children:liftProtection': channel({
    input: z.object({ id, version: z.number().int(), reason: requiredText(500) }).strict(),
    output: z.object({ id, version: z.number().int() }),
    access: { kind: 'session', roles: revealRoles },
  }),
  'children:addConcernReport': channel({
    input: concernReportInput.strict(),
    output: concernReport,
    access: writers,
  }),
};
