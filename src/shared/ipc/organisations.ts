import { z } from 'zod';
import { parseOrgNumber } from '../identity/org-number';
import { parsePaymentAccount } from '../identity/payment-account';
import { organisationKinds } from '../organisations/kinds';
import { organisationRequirements, requirementStatuses } from '../organisations/requirements';
import { personalDataRoles } from '../roles';
import { channel } from './channel';
import { email, id, isoDate, isoDateTime, optionalText, phone, postalCode, requiredText } from './common';

export const orgNumber = z.string().max(30, { error: 'orgNumber.length' }).transform((raw, ctx) => {
  const result = parseOrgNumber(raw);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: result.problem });
    return z.NEVER;
  }
  return result.value;
});

const paymentAccountInput = z
  .object({ kind: z.enum(['bankgiro', 'plusgiro']), number: z.string() })
  .transform((value, ctx) => {
    const result = parsePaymentAccount(value.kind, value.number);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.problem, path: ['number'] });
      return z.NEVER;
    }
    return { kind: value.kind, number: result.value };
  });

export const contactPersonInput = z.object({
  name: requiredText(100),
  role: optionalText(100),
  phone,
  email,
});

export const requirementCheckInput = z.object({
  requirement: z.enum(organisationRequirements),
  status: z.enum(requirementStatuses),
  comment: optionalText(1000),
  checkedOn: isoDate.nullable(),
});

export const organisationInput = z.object({
  name: requiredText(200),
  kind: z.enum(organisationKinds),
  orgNumber,
  address: z.object({
    street: optionalText(200),
    postalCode,
    city: optionalText(100),
  }),
  paymentAccount: paymentAccountInput.nullable(),
  contacts: z.array(contactPersonInput).max(50),
  /** Only kept for non-profit organisations; ignored for public bodies. */
  requirements: z.array(requirementCheckInput).max(organisationRequirements.length),
});
export type OrganisationInput = z.input<typeof organisationInput>;
export type OrganisationData = z.output<typeof organisationInput>;

export const contactPerson = z.object({ id, name: z.string(), role: z.string(), phone: z.string(), email: z.string() });
export const requirementCheck = z.object({
  requirement: z.enum(organisationRequirements),
  status: z.enum(requirementStatuses),
  comment: z.string(),
  checkedOn: z.string().nullable(),
  checkedBy: z.string().nullable(),
});

export const organisation = z.object({
  id,
  name: z.string(),
  kind: z.enum(organisationKinds),
  orgNumber: z.string(),
  address: z.object({ street: z.string(), postalCode: z.string(), city: z.string() }),
  paymentAccount: z.object({ kind: z.enum(['bankgiro', 'plusgiro']), number: z.string().max(30, { error: 'field.tooLong' }) }).nullable(),
  contacts: z.array(contactPerson),
  requirements: z.array(requirementCheck),
  version: z.number().int(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Organisation = z.infer<typeof organisation>;

export const organisationSummary = z.object({
  id,
  name: z.string(),
  kind: z.enum(organisationKinds),
  orgNumber: z.string(),
  city: z.string(),
  /** Requirements not met or unknown (non-profit organisations only). */
  requirementGaps: z.number().int(),
});
export type OrganisationSummary = z.infer<typeof organisationSummary>;

const readers = { kind: 'session', roles: personalDataRoles } as const;
const writers = { kind: 'session', roles: ['admin', 'caseworker'] } as const;

export const organisationsContract = {
  'organisations:list': channel({
    db: 'read',
    input: z
      .object({
        query: z.string().trim().max(100).default(''),
        /** At most this many (by name): a picker searching as the user types needs only the first few. */
        limit: z.number().int().min(1).max(500).nullable().default(null),
        /** Only these kinds (none: every kind), e.g. a template's slot for a municipality. */
        kinds: z.array(z.enum(organisationKinds)).max(organisationKinds.length).default([]),
      })
      .strict(),
    output: z.array(organisationSummary),
    access: readers,
  }),
  'organisations:get': channel({ db: 'read', input: z.object({ id }).strict(), output: organisation, access: readers }),
  'organisations:create': channel({ input: organisationInput.strict(), output: organisation, access: writers }),
  'organisations:update': channel({
    input: z.object({ id, version: z.number().int(), data: organisationInput.strict() }).strict(),
    output: organisation,
    access: writers,
  }),
};
