// The batched path: many organisations in one transaction, as the seed and
// import tools use it (inputs parsed by the same schema as the router's).
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  organisationInput as organisationSchema,
  type Organisation,
  type OrganisationInput,
} from '../../shared/ipc/organisations';
import { createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import {
  karinBerg,
  organisationInput,
  orgNumberFrom,
  redCross,
  rowCounts,
} from '../../../test/support/organisations';
import { importOrganisations } from './organisation-import';
import { getOrganisation } from './organisation-service';

let app: TempApp;
beforeEach(async () => {
  app = await createInstalledApp();
});
afterEach(() => app.dispose());

function importAll(inputs: OrganisationInput[]) {
  const parsed = inputs.map((input) => organisationSchema.parse(input));
  return app.installation.db
    .transaction()
    .execute((trx) => importOrganisations({ db: trx, clock: app.clock, user: { id: 1, role: 'admin' } }, parsed));
}

const many = (count: number, from = 0) =>
  Array.from({ length: count }, (_, i) =>
    organisationInput({
      name: `Förening nummer ${from + i}`,
      orgNumber: orgNumberFrom(String(802_100_000 + from + i)),
      address: { street: `Storgatan ${i}`, postalCode: '11122', city: 'Stockholm' },
      contacts: [{ name: `Kontakt ${i}`, email: `kontakt${i}@example.se` }, { name: `Ersättare ${i}` }],
      requirements: [{ requirement: 'followsLaw', status: 'met', comment: '', checkedOn: '2026-03-01' }],
    }),
  );

const withoutIds = ({ id: _id, orgNumber: _orgNumber, contacts, ...rest }: Organisation) => ({
  ...rest,
  contacts: contacts.map(({ id: _contactId, ...c }) => c),
});

describe('importing organisations in a batch', () => {
  test('stores each organisation exactly as creating it one at a time would', async () => {
    const input = organisationInput({
      address: { street: 'Hornsgatan 54', postalCode: '11821', city: 'Stockholm' },
      paymentAccount: { kind: 'bankgiro', number: '9008004' },
      contacts: [karinBerg],
      requirements: [
        { requirement: 'democraticValues', status: 'met', comment: 'Stadgar § 2', checkedOn: '2026-02-01' },
        { requirement: 'orderlyFinances', status: 'unknown', comment: '', checkedOn: null },
      ],
    });
    expect(await importAll([input])).toBe(1);
    const created = await app.must('organisations:create', { ...input, orgNumber: '802003-1954' });
    const imported = await getOrganisation(app.installation.db, 1);
    expect(imported.orgNumber).toBe('802002-8711');
    expect(withoutIds(imported)).toEqual(withoutIds(created));
  });

  test('1,234 organisations across several chunks, with contacts in order and checklists', async () => {
    expect(await importAll(many(1234))).toBe(1234);
    expect(await rowCounts(app)).toEqual({ organisation: 1234, contact: 2468, requirement: 1234 });
    const last = await getOrganisation(app.installation.db, 1234);
    expect(last).toMatchObject({
      name: 'Förening nummer 1233',
      orgNumber: orgNumberFrom('802101233'),
      address: { street: 'Storgatan 1233', postalCode: '111 22', city: 'Stockholm' },
      contacts: [
        { name: 'Kontakt 1233', email: 'kontakt1233@example.se' },
        { name: 'Ersättare 1233', email: '' },
      ],
      requirements: [
        { requirement: 'followsLaw', status: 'met', checkedOn: '2026-03-01', checkedBy: 'Ada Admin' },
      ],
      version: 1,
    });
    expect(await app.must('organisations:list', { query: 'nummer 1233' })).toHaveLength(1);
  });

  test('a number given twice in the batch is refused and nothing is saved', async () => {
    const batch = [
      ...many(600),
      organisationInput({ name: 'Dubblett', orgNumber: orgNumberFrom('802100007') }),
    ];
    await expect(importAll(batch)).rejects.toMatchObject({ code: 'organisations.duplicateOrgNumber' });
    expect(await rowCounts(app)).toEqual({ organisation: 0, contact: 0, requirement: 0 });
  });

  test('a number already in the register, in a later chunk, rolls back the earlier chunks too', async () => {
    await app.must('organisations:create', { ...redCross, orgNumber: orgNumberFrom('802100700') });
    await expect(importAll(many(800))).rejects.toMatchObject({ code: 'organisations.duplicateOrgNumber' });
    expect(await rowCounts(app)).toEqual({ organisation: 1, contact: 0, requirement: 0 });
  });

  test('an empty batch does nothing', async () => {
    expect(await importAll([])).toBe(0);
    expect(await rowCounts(app)).toEqual({ organisation: 0, contact: 0, requirement: 0 });
  });
});
