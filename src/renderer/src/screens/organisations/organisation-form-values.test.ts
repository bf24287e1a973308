import { describe, expect, it } from 'vitest';
import type { Organisation } from '../../../../shared/ipc/organisations';
import { organisationInput } from '../../../../shared/ipc/organisations';
import { organisationRequirements } from '../../../../shared/organisations/requirements';
import {
  formPaths,
  requirementGaps,
  toFormValues,
  toInput,
  validateOrganisation,
} from './organisation-form-values';

const saved: Organisation = {
  id: 7,
  name: 'Rädda Barnen',
  kind: 'nonprofit',
  orgNumber: '802002-8638',
  address: { street: 'Landsvägen 39', postalCode: '172 29', city: 'Sundbyberg' },
  paymentAccount: { kind: 'bankgiro', number: '5050-1055' },
  contacts: [
    { id: 3, name: 'Kim Kontakt', role: 'Verksamhetschef', phone: '08-698 90 00', email: 'kim@example.org' },
  ],
  requirements: [
    {
      requirement: 'followsLaw',
      status: 'met',
      comment: 'Årsredovisning',
      checkedOn: '2026-02-27',
      checkedBy: 'Ada Admin',
    },
  ],
  version: 4,
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-02T09:00:00.000Z',
};

describe('organisation form values', () => {
  it('start a new organisation as a non-profit with the whole checklist unknown', () => {
    const values = toFormValues(null);
    expect(values.kind).toBe('nonprofit');
    expect(values.requirements.map((r) => r.requirement)).toEqual([...organisationRequirements]);
    expect(values.requirements.every((r) => r.status === 'unknown')).toBe(true);
    expect(requirementGaps(values)).toBe(organisationRequirements.length);
  });

  it('fill the checklist in its own order from what main has, keeping who checked', () => {
    const values = toFormValues(saved);
    const index = organisationRequirements.indexOf('followsLaw');
    expect(values.requirements[index]).toEqual({
      requirement: 'followsLaw',
      status: 'met',
      comment: 'Årsredovisning',
      checkedOn: '2026-02-27',
      checkedBy: 'Ada Admin',
    });
    expect(requirementGaps(values)).toBe(organisationRequirements.length - 1);
  });

  it('turn back into contract input that parses to the same organisation', () => {
    const input = toInput(toFormValues(saved));
    const parsed = organisationInput.parse(input);
    expect(parsed.name).toBe(saved.name);
    expect(parsed.paymentAccount).toEqual(saved.paymentAccount);
    expect(parsed.contacts).toEqual([
      { name: 'Kim Kontakt', role: 'Verksamhetschef', phone: '08-698 90 00', email: 'kim@example.org' },
    ]);
    expect(parsed.requirements).toHaveLength(organisationRequirements.length);
    expect(parsed.requirements.find((r) => r.requirement === 'democraticValues')?.checkedOn).toBeNull();
  });

  it('send no checklist and no account for a public body without one', () => {
    const values = {
      ...toFormValues(saved),
      kind: 'municipality' as const,
      paymentAccount: { kind: 'none' as const, number: '' },
    };
    const input = toInput(values);
    expect(input.requirements).toEqual([]);
    expect(input.paymentAccount).toBeNull();
  });
});

describe('validateOrganisation', () => {
  it('accepts a complete organisation', () => {
    expect(validateOrganisation(toFormValues(saved))).toEqual({});
  });

  it('puts each problem on the field path the form uses, as a message key', () => {
    const values = toFormValues(saved);
    values.orgNumber = '802002-8639';
    values.address.postalCode = '1';
    values.contacts[0]!.email = 'inte-en-adress';
    values.paymentAccount.number = '5050-1056';
    expect(validateOrganisation(values)).toEqual({
      orgNumber: 'orgNumber.checkDigit',
      'address.postalCode': 'field.postalCode',
      'contacts.0.email': 'field.email',
      'paymentAccount.number': 'bankgiro.checkDigit',
    });
  });

  it('tells a personal identity number from an organisation number', () => {
    const values = toFormValues(saved);
    values.orgNumber = '19121212-1212'.slice(2);
    expect(validateOrganisation(values).orgNumber).toBe('orgNumber.personalIdentityNumber');
  });

  it('refuses a check date that is not a real date', () => {
    const values = toFormValues(saved);
    values.requirements[2]!.checkedOn = '2026-02-30';
    values.requirements[3]!.checkedOn = '2 mars';
    expect(validateOrganisation(values)).toEqual({
      'requirements.2.checkedOn': 'field.date',
      'requirements.3.checkedOn': 'field.date',
    });
  });

  it('ignores checklist dates of a public body (they are not sent)', () => {
    const values = { ...toFormValues(saved), kind: 'region' as const };
    values.requirements[2]!.checkedOn = 'fel';
    expect(validateOrganisation(values)).toEqual({});
  });
});

describe('formPaths', () => {
  it('drops the data. prefix of update errors', () => {
    expect(
      formPaths({ 'data.orgNumber': 'orgNumber.length', orgNumber: 'organisations.duplicateOrgNumber' }),
    ).toEqual({
      orgNumber: 'organisations.duplicateOrgNumber',
    });
    expect(formPaths({ 'data.contacts.1.name': 'field.required' })).toEqual({
      'contacts.1.name': 'field.required',
    });
    expect(formPaths(undefined)).toEqual({});
  });
});
