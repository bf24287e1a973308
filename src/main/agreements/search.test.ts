// Full-text search (FTS5) with filters by status, party and period.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  malmoRegionRedCross,
  stockholmBris,
  umbrella,
  withCriteria,
} from '../../../test/support/agreements/fixtures';
import {
  activate,
  agreementsApp,
  create,
  type AgreementsApp,
} from '../../../test/support/agreements/helpers';

let t: AgreementsApp;
const id = { bris: 0, malmo: 0, umbrella: 0 };
beforeAll(async () => {
  t = await agreementsApp();
  const bris = stockholmBris(t.ids);
  bris.parties[1]!.contacts = [{ name: 'Sara Kontaktsdotter', title: '', phone: '', email: '' }];
  id.bris = (await create(t.app, bris)).id;
  id.malmo = (await create(t.app, malmoRegionRedCross(t.ids))).id;
  id.umbrella = (await activate(t.app, await create(t.app, withCriteria(umbrella(t.ids, '2026-01-01'))))).id;
});
afterAll(() => t.app.dispose());

const search = async (input: Parameters<typeof t.app.must<'agreements:list'>>[1]) => {
  const result = await t.app.must('agreements:list', input);
  return result.items.map((i) => i.id);
};

describe('search', () => {
  test('without words, every agreement, newest period first', async () => {
    const result = await t.app.must('agreements:list', {});
    expect(result.total).toBe(3);
    expect(result.items.map((i) => i.id)).toEqual([id.umbrella, id.malmo, id.bris]);
    expect(result.items[2]).toMatchObject({
      registrationNumber: 'SN-2017/272',
      status: 'draft',
      start: '2017-01-01',
      end: '2018-12-31',
      yearlyAmount: 71_183_300,
      snippet: '',
      parties: [
        { organisationId: t.ids.stockholm, name: 'Stockholms stad', role: 'public' },
        { organisationId: t.ids.bris, name: 'Bris', role: 'nonprofit' },
      ],
    });
  });

  test('words match by prefix, in text, titles, party names and registration numbers', async () => {
    expect(await search({ query: 'familjehem' })).toEqual([id.bris]);
    expect(await search({ query: 'stödgrupp' })).toEqual([id.bris]);
    expect(await search({ query: 'röda korset' })).toEqual(expect.arrayContaining([id.malmo, id.umbrella]));
    expect(await search({ query: '565/2021' })).toEqual([id.malmo]);
    expect(await search({ query: 'SN-2017' })).toEqual([id.bris]);
    // The clause texts are indexed with their placeholders filled in.
    expect(await search({ query: '711 833' })).toEqual([id.bris]);
    expect(await search({ query: 'paraply' })).toEqual([id.umbrella]);
  });

  test('every word must match; the snippet marks the hits', async () => {
    expect(await search({ query: 'flykt familjehem' })).toEqual([]);
    const result = await t.app.must('agreements:list', { query: 'flykt' });
    expect(result.items.map((i) => i.id)).toEqual([id.malmo]);
    expect(result.items[0]!.snippet).toMatch(/\[flykt\]/i);
  });

  test('FTS syntax in the words is taken as text, never as a query', async () => {
    // As an operator OR would also find the agreement about flight; as words both must occur.
    expect(await search({ query: 'familjehem OR flykt' })).toEqual([]);
    expect(await search({ query: 'familjehem OR "' })).toEqual([id.bris]);
    expect(await search({ query: 'NEAR(' })).toEqual([]);
    expect(await search({ query: '***' })).toEqual([]);
  });

  test('contact persons are not searchable (the index holds no personal data)', async () => {
    expect(await search({ query: 'Kontaktsdotter' })).toEqual([]);
  });

  test('filters: status, party and period overlap, alone and with words', async () => {
    expect(await search({ statuses: ['active'] })).toEqual([id.umbrella]);
    expect(await search({ statuses: ['draft', 'active'] })).toHaveLength(3);
    expect(await search({ organisationId: t.ids.regionSkane })).toEqual([id.malmo]);
    expect(await search({ organisationId: t.ids.redCross })).toEqual([id.umbrella, id.malmo]);
    expect(await search({ periodFrom: '2019-01-01', periodTo: '2020-12-31' })).toEqual([]);
    expect(await search({ periodFrom: '2018-06-01', periodTo: '2021-02-01' })).toEqual([id.malmo, id.bris]);
    expect(await search({ query: 'röda', statuses: ['draft'] })).toEqual([id.malmo]);
    expect(await search({ query: 'barn', organisationId: t.ids.bris })).toEqual([id.bris]);
  });

  test('search follows saves: a new title is found, the old one is not', async () => {
    const a = await t.app.must('agreements:get', { id: id.bris });
    const b = await t.app.must('agreements:update', {
      id: a.id,
      version: a.version,
      data: { ...a.data, title: 'Helgläger för fosterbarn' },
    });
    expect(await search({ query: 'helgläger' })).toEqual([id.bris]);
    await t.app.must('agreements:update', {
      id: b.id,
      version: b.version,
      data: { ...b.data, title: 'Sommarkollo för fosterbarn' },
    });
    expect(await search({ query: 'helgläger' })).toEqual([]);
    expect(await search({ query: 'sommarkollo' })).toEqual([id.bris]);
  });

  test('the limit caps the items but the total counts all', async () => {
    const result = await t.app.must('agreements:list', { limit: 1 });
    expect(result.items).toHaveLength(1);
    expect(result.total).toBe(3);
  });
});
