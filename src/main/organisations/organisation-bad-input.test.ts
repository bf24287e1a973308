// A duplicate organisation number or any bad input is refused and changes nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { OrganisationInput } from '../../shared/ipc/organisations';
import { createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import {
  organisationInput,
  redCross,
  rowCounts,
  saveTheChildren,
} from '../../../test/support/organisations';

let app: TempApp;
let before: Awaited<ReturnType<typeof rowCounts>>;
// One app for the file: every call here is refused, so the register stays as set up.
beforeAll(async () => {
  app = await createInstalledApp();
  await app.must('organisations:create', {
    ...redCross,
    contacts: [{ name: 'Karin Berg', email: 'karin.berg@example.se' }],
    requirements: [{ requirement: 'followsLaw', status: 'met', checkedOn: null }],
  });
});
beforeEach(async () => {
  before = await rowCounts(app);
});
afterAll(() => app.dispose());

test('the register starts with one organisation', () => {
  expect(before).toEqual({ organisation: 1, contact: 1, requirement: 1 });
});

const duplicate = {
  ok: false,
  error: {
    code: 'organisations.duplicateOrgNumber',
    message: 'Det finns redan en organisation med det organisationsnumret.',
    fields: { orgNumber: 'organisations.duplicateOrgNumber' },
  },
};

describe('duplicate organisation numbers', () => {
  test.each(['802002-8711', '8020028711', ' 802002 8711 '])(
    '%j is refused and nothing is saved',
    async (orgNumber) => {
      const result = await app.call(
        'organisations:create',
        organisationInput({
          name: 'Röda Korset, kopia',
          orgNumber,
          contacts: [{ name: 'Per Holm' }],
          requirements: [{ requirement: 'orderlyFinances', status: 'met', checkedOn: null }],
        }),
      );
      expect(result).toEqual(duplicate);
      expect(await rowCounts(app)).toEqual(before);
    },
  );

  test("an update to another organisation's number is refused and changes nothing", async () => {
    const other = await app.must('organisations:create', saveTheChildren);
    const result = await app.call('organisations:update', {
      id: other.id,
      version: other.version,
      data: { ...saveTheChildren, orgNumber: '8020028711', name: 'Rädda Barnen (ändrad)' },
    });
    expect(result).toEqual(duplicate);
    expect(await app.must('organisations:get', { id: other.id })).toEqual(other);
  });
});

describe('bad input changes nothing', () => {
  const cases: [string, OrganisationInput, Record<string, string>][] = [
    [
      'bad org number',
      organisationInput({ orgNumber: '802002-8712' }),
      { orgNumber: 'orgNumber.checkDigit' },
    ],
    [
      'letters in org number',
      organisationInput({ orgNumber: '80200A-8711' }),
      { orgNumber: 'orgNumber.characters' },
    ],
    [
      'personal identity number',
      organisationInput({ orgNumber: '19121212-1212' }),
      { orgNumber: 'orgNumber.personalIdentityNumber' },
    ],
    ['empty org number', organisationInput({ orgNumber: '' }), { orgNumber: 'orgNumber.empty' }],
    [
      'bad bankgiro',
      organisationInput({
        orgNumber: '802003-1954',
        paymentAccount: { kind: 'bankgiro', number: '900-8005' },
      }),
      { 'paymentAccount.number': 'bankgiro.checkDigit' },
    ],
    [
      'bankgiro of wrong length',
      organisationInput({
        orgNumber: '802003-1954',
        paymentAccount: { kind: 'bankgiro', number: '900-800' },
      }),
      { 'paymentAccount.number': 'bankgiro.format' },
    ],
    [
      'bad email',
      organisationInput({ orgNumber: '802003-1954', contacts: [{ name: 'Per Holm', email: 'per.holm@' }] }),
      { 'contacts.0.email': 'field.email' },
    ],
    [
      'contact without a name',
      organisationInput({ orgNumber: '802003-1954', contacts: [{ name: ' ', email: 'per@example.se' }] }),
      { 'contacts.0.name': 'field.required' },
    ],
    [
      'too long name',
      organisationInput({ orgNumber: '802003-1954', name: 'Å'.repeat(201) }),
      { name: 'field.tooLong' },
    ],
    ['empty name', organisationInput({ orgNumber: '802003-1954', name: '   ' }), { name: 'field.required' }],
    [
      'bad postal code',
      organisationInput({ orgNumber: '802003-1954', address: { street: '', postalCode: '1112', city: '' } }),
      { 'address.postalCode': 'field.postalCode' },
    ],
    [
      'bad checklist date',
      organisationInput({
        orgNumber: '802003-1954',
        requirements: [{ requirement: 'followsLaw', status: 'met', checkedOn: '1/3 2026' }],
      }),
      { 'requirements.0.checkedOn': 'field.date' },
    ],
  ];

  test.each(cases)('%s', async (_label, input, fields) => {
    const result = await app.call('organisations:create', input);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'validation',
        message: 'Uppgifterna kunde inte sparas. Rätta de markerade fälten.',
        fields,
      },
    });
    expect(await rowCounts(app)).toEqual(before);
  });

  test('missing name', async () => {
    const { name: _name, ...withoutName } = organisationInput({ orgNumber: '802003-1954' });
    const result = await app.call('organisations:create', withoutName as OrganisationInput);
    expect(result.ok === false && result.error.fields).toEqual({ name: 'field.required' });
    expect(await rowCounts(app)).toEqual(before);
  });

  test('an update with bad input leaves the organisation as it was', async () => {
    const current = await app.must('organisations:get', { id: 1 });
    const result = await app.call('organisations:update', {
      id: 1,
      version: current.version,
      data: { ...redCross, name: '', contacts: [] },
    });
    expect(result.ok === false && result.error.code).toBe('validation');
    expect(await app.must('organisations:get', { id: 1 })).toEqual(current);
    expect(await rowCounts(app)).toEqual(before);
  });
});
