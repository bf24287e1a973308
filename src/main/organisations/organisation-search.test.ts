import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import {
  cityMission,
  malmoStad,
  organisationInput,
  orgNumberFrom,
  redCross,
  regionSkane,
  saveTheChildren,
} from '../../../test/support/organisations';

let app: TempApp;
beforeAll(async () => {
  app = await createInstalledApp();
  for (const input of [
    regionSkane,
    malmoStad,
    redCross,
    saveTheChildren,
    cityMission,
    organisationInput({
      name: 'Ängelholms stödförening',
      orgNumber: orgNumberFrom('802500001'),
      paymentAccount: null,
    }),
    organisationInput({
      name: 'Åby idrottsförening',
      orgNumber: orgNumberFrom('802500002'),
      paymentAccount: null,
    }),
    organisationInput({
      name: 'Örebro läxhjälp 100%',
      orgNumber: orgNumberFrom('802500003'),
      paymentAccount: null,
    }),
    organisationInput({
      name: 'aktiva föräldrar',
      orgNumber: orgNumberFrom('802500004'),
      paymentAccount: null,
    }),
  ]) {
    await app.must('organisations:create', input);
  }
});
afterAll(() => app.dispose());

const names = async (query: string) => (await app.must('organisations:list', { query })).map((o) => o.name);

describe('searching organisations', () => {
  test('an empty query lists all in Swedish alphabetical order (å, ä, ö last)', async () => {
    expect(await names('')).toEqual([
      'aktiva föräldrar',
      'Malmö stad',
      'Region Skåne',
      'Rädda Barnen',
      'Stockholms stadsmission',
      'Svenska Röda Korset',
      'Åby idrottsförening',
      'Ängelholms stödförening',
      'Örebro läxhjälp 100%',
    ]);
  });

  test.each([
    ['röda', ['Svenska Röda Korset']],
    ['RÖDA KORSET', ['Svenska Röda Korset']],
    ['Röda', ['Svenska Röda Korset']],
    ['ÅBY', ['Åby idrottsförening']],
    ['änGEL', ['Ängelholms stödförening']],
    ['skåne', ['Region Skåne']],
    ['stad', ['Malmö stad', 'Stockholms stadsmission']],
    ['  malmö  ', ['Malmö stad']],
    ['förening', ['Åby idrottsförening', 'Ängelholms stödförening']],
  ])('by name, case-insensitive with å, ä and ö: %j', async (query, expected) => {
    expect(await names(query)).toEqual(expected);
  });

  test.each([
    ['802002-8711', ['Svenska Röda Korset']],
    ['8020028711', ['Svenska Röda Korset']],
    ['802002 8711', ['Svenska Röda Korset']],
    ['232100', ['Region Skåne']],
    ['0255', ['Region Skåne']],
    ['802002', ['Rädda Barnen', 'Svenska Röda Korset']],
  ])('by organisation number, with or without the dash: %j', async (query, expected) => {
    expect(await names(query)).toEqual(expected);
  });

  test.each([
    ['%', ['Örebro läxhjälp 100%']],
    ['0%', ['Örebro läxhjälp 100%']],
    ['_', []],
    ['\\', []],
    ['finns inte', []],
  ])('LIKE wildcards are taken literally: %j', async (query, expected) => {
    expect(await names(query)).toEqual(expected);
  });

  test('digits in a name query do not search organisation numbers', async () => {
    // 100 occurs in Region Skåne's number, 232100-0255.
    expect(await names('läxhjälp 100')).toEqual(['Örebro läxhjälp 100%']);
    expect(await names('100')).toEqual(['Region Skåne', 'Örebro läxhjälp 100%']);
  });

  test('the summary shows the number of checklist gaps for non-profits only', async () => {
    const list = await app.must('organisations:list', { query: 'malmö' });
    expect(list).toEqual([
      {
        id: 2,
        name: 'Malmö stad',
        kind: 'municipality',
        orgNumber: '212000-1124',
        city: 'Malmö',
        requirementGaps: 0,
      },
    ]);
  });
});

describe('a limited search (the party picker asks for the first few as the user types)', () => {
  test('returns at most the limit, all matching, in Swedish order', async () => {
    const all = await names('förening');
    expect(all.length).toBeGreaterThan(1);
    const first = (await app.must('organisations:list', { query: 'förening', limit: 1 })).map((o) => o.name);
    expect(first).toHaveLength(1);
    expect(all).toContain(first[0]);
    expect(await app.must('organisations:list', { query: '', limit: 3 })).toHaveLength(3);
    expect(await app.must('organisations:list', { query: '', limit: null })).toHaveLength((await names('')).length);
    const municipalities = await app.must('organisations:list', { query: '', kinds: ['municipality', 'region'] });
    expect(municipalities.map((o) => o.name).sort()).toEqual(['Malmö stad', 'Region Skåne']);
    const tooMany = await app.call('organisations:list', { query: '', limit: 501 });
    expect(tooMany.ok ? null : tooMany.error.code).toBe('validation');
  });
});
