// The organisation form's values, and the way to and from the contract.
// The form's field paths match the contract's (`address.postalCode`,
// `contacts.0.email`, `requirements.3.checkedOn`), so field errors from
// main land on the right input.
import { isValidIsoDate } from '../../../../shared/dates';
import type { FieldErrors } from '../../api/zod-fields';
import { validate } from '../../api/zod-fields';
import {
  organisationInput,
  type Organisation,
  type OrganisationInput,
} from '../../../../shared/ipc/organisations';
import type { OrganisationKind } from '../../../../shared/organisations/kinds';
import {
  organisationRequirements,
  type OrganisationRequirement,
  type RequirementStatus,
} from '../../../../shared/organisations/requirements';

export type PaymentAccountChoice = 'none' | 'bankgiro' | 'plusgiro';

export interface ContactPersonValues {
  /** Stable React key for a row (not sent to main). */
  key: string;
  name: string;
  role: string;
  phone: string;
  email: string;
}

export interface RequirementValues {
  requirement: OrganisationRequirement;
  status: RequirementStatus;
  comment: string;
  checkedOn: string;
  /** From main, read-only. */
  checkedBy: string | null;
}

export interface OrganisationFormValues {
  name: string;
  kind: OrganisationKind;
  orgNumber: string;
  address: { street: string; postalCode: string; city: string };
  paymentAccount: { kind: PaymentAccountChoice; number: string };
  contacts: ContactPersonValues[];
  requirements: RequirementValues[];
}

let nextKey = 0;
export const newContactKey = () => `contact-${++nextKey}`;

export const emptyContact = (): ContactPersonValues => ({
  key: newContactKey(),
  name: '',
  role: '',
  phone: '',
  email: '',
});

/** Every checklist item, in the checklist's order, filled from what main has. */
function requirementValues(saved: Organisation['requirements']): RequirementValues[] {
  return organisationRequirements.map((requirement) => {
    const found = saved.find((r) => r.requirement === requirement);
    return {
      requirement,
      status: found?.status ?? 'unknown',
      comment: found?.comment ?? '',
      checkedOn: found?.checkedOn ?? '',
      checkedBy: found?.checkedBy ?? null,
    };
  });
}

export function toFormValues(organisation: Organisation | null): OrganisationFormValues {
  if (!organisation) {
    return {
      name: '',
      kind: 'nonprofit',
      orgNumber: '',
      address: { street: '', postalCode: '', city: '' },
      paymentAccount: { kind: 'none', number: '' },
      contacts: [],
      requirements: requirementValues([]),
    };
  }
  return {
    name: organisation.name,
    kind: organisation.kind,
    orgNumber: organisation.orgNumber,
    address: { ...organisation.address },
    paymentAccount: organisation.paymentAccount
      ? { ...organisation.paymentAccount }
      : { kind: 'none', number: '' },
    contacts: organisation.contacts.map((c) => ({
      key: newContactKey(),
      name: c.name,
      role: c.role,
      phone: c.phone,
      email: c.email,
    })),
    requirements: requirementValues(organisation.requirements),
  };
}

/** What is sent to main. The checklist is sent whole, in order, so its indexes match the form's. */
export function toInput(values: OrganisationFormValues): OrganisationInput {
  return {
    name: values.name,
    kind: values.kind,
    orgNumber: values.orgNumber,
    address: { ...values.address },
    paymentAccount:
      values.paymentAccount.kind === 'none'
        ? null
        : { kind: values.paymentAccount.kind, number: values.paymentAccount.number },
    contacts: values.contacts.map(({ name, role, phone, email }) => ({ name, role, phone, email })),
    requirements:
      values.kind === 'nonprofit'
        ? values.requirements.map((r) => ({
            requirement: r.requirement,
            status: r.status,
            comment: r.comment,
            checkedOn: r.checkedOn.trim() === '' ? null : r.checkedOn.trim(),
          }))
        : [],
  };
}

/** The contract's schema plus what it cannot see (a real calendar date). Keys are message keys. */
export function validateOrganisation(values: OrganisationFormValues): FieldErrors {
  const errors = validate(organisationInput, toInput(values));
  if (values.kind === 'nonprofit') {
    values.requirements.forEach((r, index) => {
      const date = r.checkedOn.trim();
      const path = `requirements.${index}.checkedOn`;
      if (date !== '' && !errors[path] && !isValidIsoDate(date)) errors[path] = 'field.date';
    });
  }
  return errors;
}

/** Field errors from an update answer come under `data.`; the form's paths have no prefix. */
export function formPaths(fields: FieldErrors | undefined): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, key] of Object.entries(fields ?? {})) out[path.replace(/^data\./, '')] = key;
  return out;
}

export const requirementGaps = (values: OrganisationFormValues) =>
  values.requirements.filter((r) => r.status !== 'met').length;
