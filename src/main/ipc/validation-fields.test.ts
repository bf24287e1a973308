import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { organisationInput } from '../../shared/ipc/organisations';
import { appSettings } from '../../shared/ipc/settings';
import { usersContract } from '../../shared/ipc/users';
import { karinBerg, redCross } from '../../../test/support/organisations';
import { fieldsFromIssues } from './validation-fields';

const validOrganisation = { ...redCross, contacts: [karinBerg] };

function fieldsOf(schema: z.ZodType, input: unknown): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be refused');
  return fieldsFromIssues(result.error.issues, input);
}

describe('fieldsFromIssues', () => {
  test('the valid fixture passes, so each case below fails for its own reason', () => {
    expect(organisationInput.safeParse(validOrganisation).success).toBe(true);
  });

  test('maps nested paths to the catalogue keys our schemas carry', () => {
    expect(
      fieldsOf(organisationInput, {
        ...validOrganisation,
        orgNumber: '802002-8712',
        address: { ...validOrganisation.address, postalCode: '1182' },
        paymentAccount: { kind: 'bankgiro', number: '900-8005' },
        contacts: [
          { ...validOrganisation.contacts[0], email: 'karin.berg' },
          { name: '', phone: 'ring mig' },
        ],
      }),
    ).toEqual({
      orgNumber: 'orgNumber.checkDigit',
      'address.postalCode': 'field.postalCode',
      'paymentAccount.number': 'bankgiro.checkDigit',
      'contacts.0.email': 'field.email',
      'contacts.1.name': 'field.required',
      'contacts.1.phone': 'field.phone',
    });
  });

  test('a missing field is reported as required, a wrong enum value as invalid', () => {
    const { name: _name, ...withoutName } = validOrganisation;
    expect(fieldsOf(organisationInput, { ...withoutName, kind: 'company' })).toEqual({
      name: 'field.required',
      kind: 'field.invalid',
    });
    const { kind: _kind, ...withoutKind } = validOrganisation;
    expect(fieldsOf(organisationInput, withoutKind)).toEqual({ kind: 'field.required' });
  });

  test('too long text and a too short password', () => {
    expect(fieldsOf(organisationInput, { ...validOrganisation, name: 'x'.repeat(201) })).toEqual({
      name: 'field.tooLong',
    });
    expect(
      fieldsOf(usersContract['users:create'].input, {
        username: 'Karin Berg',
        displayName: 'Karin Berg',
        role: 'caseworker',
        temporaryPassword: 'kort',
      }),
    ).toEqual({ username: 'username.format', temporaryPassword: 'password.tooShort' });
  });

  test('a field that is given but has the wrong type is invalid, not missing', () => {
    expect(fieldsOf(appSettings, { idleLockMinutes: '10' })).toEqual({ idleLockMinutes: 'field.invalid' });
    expect(fieldsOf(appSettings, {})).toEqual({ idleLockMinutes: 'field.required' });
    expect(fieldsOf(appSettings, { idleLockMinutes: null })).toEqual({ idleLockMinutes: 'field.invalid' });
    expect(fieldsOf(appSettings, { idleLockMinutes: 0 })).toEqual({ idleLockMinutes: 'idleMinutes.range' });
  });

  test('an issue on the whole object goes under "_"', () => {
    expect(fieldsOf(organisationInput.strict(), { ...validOrganisation, extra: 1 })).toEqual({
      _: 'field.invalid',
    });
    expect(fieldsOf(organisationInput, 'inte ett objekt')).toEqual({ _: 'field.invalid' });
  });

  test('keeps the first problem of a field and never passes raw zod messages through', () => {
    expect(
      fieldsFromIssues(
        [
          { code: 'custom', path: ['name'], message: 'field.tooLong', input: 'x' },
          { code: 'custom', path: ['name'], message: 'field.required', input: 'x' },
          {
            code: 'custom',
            path: ['city'],
            message: 'Invalid input: expected string, received number',
            input: 3,
          },
          { code: 'custom', path: ['contacts', 2, 'email'], message: '<script>', input: '' },
        ],
        { name: 'x', city: 3, contacts: [{}, {}, { email: '' }] },
      ),
    ).toEqual({ name: 'field.tooLong', city: 'field.invalid', 'contacts.2.email': 'field.invalid' });
  });
});
