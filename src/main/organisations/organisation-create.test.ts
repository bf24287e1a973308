import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import { karinBerg, malmoStad, organisationInput, rowCounts } from '../../../test/support/organisations';

let app: TempApp;
beforeEach(async () => {
  app = await createInstalledApp();
});
afterEach(() => app.dispose());

describe('creating an organisation', () => {
  test('with contacts and the requirements checklist, normalised', async () => {
    app.clock.set(new Date('2026-03-04T10:15:00.000Z'));
    const created = await app.must(
      'organisations:create',
      organisationInput({
        name: '  Svenska Röda Korset ',
        orgNumber: '8020028711',
        address: { street: 'Hornsgatan 54', postalCode: '11821', city: 'Stockholm' },
        paymentAccount: { kind: 'bankgiro', number: '9008004' },
        contacts: [karinBerg, { name: 'Ali Hassan', phone: '+46 70 123 45 67' }],
        requirements: [
          {
            requirement: 'democraticValues',
            status: 'met',
            comment: 'Enligt stadgarna',
            checkedOn: '2026-03-01',
          },
          {
            requirement: 'orderlyFinances',
            status: 'notMet',
            comment: 'Årsredovisning saknas',
            checkedOn: null,
          },
          { requirement: 'followsLaw', status: 'unknown', checkedOn: null },
        ],
      }),
    );
    expect(created).toEqual({
      id: 1,
      name: 'Svenska Röda Korset',
      kind: 'nonprofit',
      orgNumber: '802002-8711',
      address: { street: 'Hornsgatan 54', postalCode: '118 21', city: 'Stockholm' },
      paymentAccount: { kind: 'bankgiro', number: '900-8004' },
      contacts: [
        {
          id: 1,
          name: 'Karin Berg',
          role: 'Verksamhetschef',
          phone: '08-452 46 00',
          email: 'karin.berg@example.se',
        },
        { id: 2, name: 'Ali Hassan', role: '', phone: '+46 70 123 45 67', email: '' },
      ],
      requirements: expect.arrayContaining([
        {
          requirement: 'democraticValues',
          status: 'met',
          comment: 'Enligt stadgarna',
          checkedOn: '2026-03-01',
          checkedBy: 'Ada Admin',
        },
        {
          requirement: 'orderlyFinances',
          status: 'notMet',
          comment: 'Årsredovisning saknas',
          checkedOn: null,
          checkedBy: 'Ada Admin',
        },
        // An item left at "unknown" with nothing filled in has not been checked by anyone.
        { requirement: 'followsLaw', status: 'unknown', comment: '', checkedOn: null, checkedBy: null },
      ]),
      version: 1,
      createdAt: '2026-03-04T10:15:00.000Z',
      updatedAt: '2026-03-04T10:15:00.000Z',
    });
    expect(created.requirements).toHaveLength(3);
    expect(await app.must('organisations:get', { id: 1 })).toEqual(created);
    expect(await rowCounts(app)).toEqual({ organisation: 1, contact: 2, requirement: 3 });
  });

  test('a requirement listed twice is kept once, as first given', async () => {
    const created = await app.must(
      'organisations:create',
      organisationInput({
        requirements: [
          { requirement: 'followsLaw', status: 'met', checkedOn: null },
          { requirement: 'followsLaw', status: 'notMet', checkedOn: null },
        ],
      }),
    );
    expect(created.requirements.map((r) => [r.requirement, r.status])).toEqual([['followsLaw', 'met']]);
  });

  test('the checklist is ignored for public bodies', async () => {
    const created = await app.must('organisations:create', {
      ...malmoStad,
      requirements: [
        { requirement: 'followsLaw', status: 'met', comment: 'Kommun', checkedOn: '2026-03-01' },
      ],
    });
    expect(created.requirements).toEqual([]);
    expect(await rowCounts(app)).toEqual({ organisation: 1, contact: 0, requirement: 0 });
    expect(await app.must('organisations:list', { query: '' })).toEqual([
      {
        id: created.id,
        name: 'Malmö stad',
        kind: 'municipality',
        orgNumber: '212000-1124',
        city: 'Malmö',
        requirementGaps: 0,
      },
    ]);
  });

  test('a get of a missing organisation is notFound', async () => {
    expect(await app.call('organisations:get', { id: 99 })).toEqual({
      ok: false,
      error: { code: 'notFound', message: 'Uppgiften finns inte (den kan ha tagits bort).' },
    });
  });
});
