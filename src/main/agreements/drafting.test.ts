// Drafting through the router: templates yield complete drafts, bad input is
// refused field by field with nothing saved, every save keeps a version, and
// the decided text is locked while contact persons and governance members stay open (terms change by amendment).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AgreementData } from '../../shared/agreements/model';
import { message } from '../../shared/i18n/messages';
import {
  malmoRegionRedCross,
  stockholmBris,
  umbrella,
  withCriteria,
} from '../../../test/support/agreements/fixtures';
import {
  activate,
  agreementCount,
  agreementsApp,
  create,
  failure,
  type AgreementsApp,
} from '../../../test/support/agreements/helpers';

let t: AgreementsApp;
beforeAll(async () => {
  t = await agreementsApp();
});
afterAll(() => t.app.dispose());

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
let dnr = 0;
const fresh = (data: AgreementData): AgreementData => ({ ...data, registrationNumber: `TEST-${++dnr}` });

describe('creating from a template', () => {
  test('yields a complete draft with the parties from the register and the checklist of the non-profit party', async () => {
    const { app, ids } = t;
    await app.must('organisations:update', {
      id: ids.bris,
      version: 1,
      data: {
        name: 'Bris',
        kind: 'nonprofit',
        orgNumber: '802018-1239',
        address: { street: 'Box 1', postalCode: '111 22', city: 'Stockholm' },
        paymentAccount: null,
        contacts: [],
        requirements: [
          {
            requirement: 'democraticValues',
            status: 'met',
            comment: 'Stadgar 2024',
            checkedOn: '2026-01-10',
          },
          {
            requirement: 'orderlyFinances',
            status: 'notMet',
            comment: 'Årsredovisning saknas',
            checkedOn: '2026-01-10',
          },
        ],
      },
    });
    const a = await app.must('agreements:createFromTemplate', {
      templateKey: 'supportGroups',
      registrationNumber: 'SN-2026/101',
      title: '',
      start: '2026-01-01',
      slots: { municipality: [ids.stockholm], organisation: [ids.bris] },
    });
    expect(a.status).toBe('draft');
    expect(a.data.title).toBe('Stödgrupper för familjehemsplacerade barn – Bris');
    expect(a.data.period).toEqual({ start: '2026-01-01', end: '2027-12-31', fundsCondition: true });
    expect(a.data.economy.years.map((y) => [y.year, y.amount])).toEqual([
      [2026, 71_183_300],
      [2027, 71_183_300],
    ]);
    expect(a.organisations.map((o) => [o.name, o.orgNumber])).toEqual([
      ['Stockholms stad', '212000-0142'],
      ['Bris', '802018-1239'],
    ]);
    expect(a.checklists).toHaveLength(1);
    const checklist = a.checklists[0]!;
    expect(checklist.organisationId).toBe(ids.bris);
    expect(checklist.items.find((i) => i.requirement === 'democraticValues')).toMatchObject({
      status: 'met',
      comment: 'Stadgar 2024',
    });
    expect(checklist.gaps).toHaveLength(10);
    expect(checklist.gaps).toContain('orderlyFinances');
    expect(checklist.gaps).not.toContain('democraticValues');
    // The derived calendar and schedule come with it.
    expect(a.instalments.slice(0, 2).map((i) => [i.dueDate, i.amount])).toEqual([
      ['2026-01-01', 17_795_900],
      ['2026-04-01', 17_795_800],
    ]);
    expect(a.revisionCount).toBe(1);
    expect(a.statusHistory).toEqual([
      { from: null, to: 'draft', at: '2026-03-02T09:00:00.000Z', by: 'Ada Admin' },
    ]);
  });

  test('refuses slots that do not fit the template', async () => {
    const { app, ids } = t;
    const error = await failure(
      app.call('agreements:createFromTemplate', {
        templateKey: 'coFinanced',
        registrationNumber: 'X-1',
        title: '',
        start: '2026-01-01',
        slots: { region: [ids.malmo], municipality: [ids.malmo], organisation: [] },
      }),
    );
    expect(error.code).toBe('validation');
    expect(error.fields).toEqual({
      'slots.region': 'agreements.templateSlotKind',
      'slots.municipality': 'agreements.duplicateParty',
      'slots.organisation': 'agreements.templateSlotMissing',
    });
  });
});

describe('bad input: a Swedish message per field and nothing saved', () => {
  const cases: [string, (d: AgreementData) => void, string, string][] = [
    ['inverted period', (d) => (d.period.end = '2020-12-31'), 'period.end', 'agreements.periodInverted'],
    [
      'extension decision date before the start',
      (d) => {
        d.period = { start: '2024-01-01', end: '2024-06-30', fundsCondition: false };
        d.economy.years = d.economy.years.filter((y) => y.year === 2024);
      },
      'extension.decisionMonthsBeforeEnd',
      'agreements.extensionBeforeStart',
    ],
    [
      'negative amount',
      // The co-financed agreement has no budget lines (none are made up): a share instead.
      (d) => (d.economy.years[0]!.funding[0]!.amount = -100),
      'economy.years.0.funding.0.amount',
      'money.negative',
    ],
    [
      'non-integer amount',
      (d) => (d.economy.years[0]!.amount = 107_000_000.5),
      'economy.years.0.amount',
      'money.integer',
    ],
    [
      'shares not adding up',
      (d) => (d.economy.years[0]!.funding[2]!.amount = 26_000_000),
      'economy.years.0.funding',
      'agreements.fundingMismatch',
    ],
    [
      'fewer than two parties',
      (d) => (d.parties = d.parties.slice(2)),
      'parties',
      'agreements.tooFewParties',
    ],
    [
      'no non-profit party',
      (d) => (d.parties = d.parties.slice(0, 2)),
      'parties',
      'agreements.noNonprofitParty',
    ],
    ['an impossible date', (d) => (d.period.start = '2021-02-30'), 'period.start', 'field.date'],
  ];

  test.each(cases)('%s', async (_name, mutate, field, key) => {
    const data = structuredClone(fresh(malmoRegionRedCross(t.ids)));
    mutate(data);
    // Keep references consistent when parties were removed.
    const before = await agreementCount(t.app);
    const error = await failure(t.app.call('agreements:create', { data }));
    expect(['validation', 'agreements.duplicateRegistrationNumber']).toContain(error.code);
    expect(error.fields?.[`data.${field}`]).toBe(key);
    expect(message(key, 'sv')).not.toBe(message('field.invalid', 'sv'));
    expect(await agreementCount(t.app)).toBe(before);
  });

  test('a duplicate registration number, whatever its case, also against appendices', async () => {
    const { app, ids } = t;
    const first = await create(app, { ...umbrella(ids), registrationNumber: 'KS/2016:7' });
    const withNumbers = structuredClone(first.data);
    withNumbers.appendices[0]!.registrationNumber = 'KS/2016:7-1';
    await app.must('agreements:update', { id: first.id, version: first.version, data: withNumbers });
    const before = await agreementCount(app);

    const again = await failure(
      app.call('agreements:create', { data: { ...stockholmBris(ids), registrationNumber: 'ks/2016:7' } }),
    );
    expect(again.code).toBe('agreements.duplicateRegistrationNumber');
    expect(again.fields).toEqual({ 'data.registrationNumber': 'agreements.duplicateRegistrationNumber' });
    expect(again.message).toBe('Det finns redan en överenskommelse eller bilaga med det diarienumret.');

    const asAppendix = await failure(
      app.call('agreements:create', { data: { ...stockholmBris(ids), registrationNumber: 'KS/2016:7-1' } }),
    );
    expect(asAppendix.fields).toEqual({
      'data.registrationNumber': 'agreements.duplicateRegistrationNumber',
    });
    expect(await agreementCount(app)).toBe(before);
  });

  test('two appendices of one agreement may share a registration number; another agreement may not use it', async () => {
    const { app, ids } = t;
    const data = { ...umbrella(ids), registrationNumber: 'KS/2021:1' };
    data.appendices[1]!.registrationNumber = '2021-568';
    data.appendices.push({
      title: 'Bilaga 4: Malmö stad – nämndens egna åtaganden',
      registrationNumber: '2021-568',
      organisationId: ids.malmo,
      validFrom: data.period.start,
      validTo: data.period.end,
    });
    const saved = await create(app, data);
    expect(saved.data.appendices.map((a) => a.registrationNumber)).toEqual(['', '2021-568', '', '2021-568']);
    // Saving it again (its own numbers are not "taken") works too.
    await app.must('agreements:update', { id: saved.id, version: saved.version, data: saved.data });

    const before = await agreementCount(app);
    const other = stockholmBris(ids);
    other.appendices = [
      {
        title: 'Bilaga',
        registrationNumber: '2021-568',
        organisationId: null,
        validFrom: null,
        validTo: null,
      },
    ];
    const refused = await failure(app.call('agreements:create', { data: other }));
    expect(refused.code).toBe('agreements.duplicateRegistrationNumber');
    expect(refused.fields).toEqual({
      'data.appendices.0.registrationNumber': 'agreements.duplicateRegistrationNumber',
    });
    expect(await agreementCount(app)).toBe(before);
  });
});

describe('versions', () => {
  test('every save keeps a version; the diff shows what changed section by section', async () => {
    const { app, ids } = t;
    const a = await create(app, fresh(stockholmBris(ids)));
    const edited = structuredClone(a.data);
    edited.purpose = 'Att ge barn i familjehem stöd i grupp.';
    edited.economy.years[0]!.lines[2]!.amount = 1_600_000;
    edited.economy.years[0]!.lines[3]!.amount = 900_000;
    const b = await app.must('agreements:update', { id: a.id, version: a.version, data: edited });
    expect(b.version).toBe(a.version + 1);
    expect(b.revisionCount).toBe(2);
    const c = await app.must('agreements:update', {
      id: b.id,
      version: b.version,
      data: { ...b.data, title: 'Stödgrupper 2017–2018' },
    });

    const revisions = await app.must('agreements:revisions', { id: a.id });
    expect(revisions.map((r) => [r.revision, r.status, r.savedBy])).toEqual([
      [3, 'draft', 'Ada Admin'],
      [2, 'draft', 'Ada Admin'],
      [1, 'draft', 'Ada Admin'],
    ]);
    const diff = await app.must('agreements:diff', { id: a.id, from: 1, to: 2 });
    const changed = diff.filter((s) => s.status !== 'unchanged');
    expect(changed.map((s) => s.title)).toEqual(['Syfte', 'Ekonomi']);
    expect(
      changed[1]!.lines.filter((l) => l.op !== 'same').map((l) => `${l.op}:${plain(l.text).trim()}`),
    ).toEqual([
      'removed:Budgetpost Mat och dryck: 15 000 kr',
      'removed:Budgetpost Resor: 10 000 kr',
      'added:Budgetpost Mat och dryck: 16 000 kr',
      'added:Budgetpost Resor: 9 000 kr',
    ]);
    const titleDiff = await app.must('agreements:diff', { id: a.id, from: 2, to: 3 });
    expect(titleDiff.filter((s) => s.status !== 'unchanged').map((s) => s.key)).toEqual(['general']);
    expect(c.data.title).toBe('Stödgrupper 2017–2018');
    expect((await failure(app.call('agreements:diff', { id: a.id, from: 1, to: 9 }))).code).toBe('notFound');
  });

  test('a stale version is a conflict and saves nothing', async () => {
    const { app, ids } = t;
    const a = await create(app, fresh(stockholmBris(ids)));
    await app.must('agreements:update', {
      id: a.id,
      version: a.version,
      data: { ...a.data, title: 'Först' },
    });
    const error = await failure(
      app.call('agreements:update', { id: a.id, version: a.version, data: { ...a.data, title: 'Sedan' } }),
    );
    expect(error.code).toBe('conflict');
    expect((await app.must('agreements:get', { id: a.id })).data.title).toBe('Först');
  });

  test('after the decision the text is locked; contacts and governance members stay open, appendices do not', async () => {
    const { app, ids } = t;
    let a = await create(app, withCriteria(fresh(umbrella(ids))));
    a = await activate(app, a);
    const changedText = structuredClone(a.data);
    changedText.purpose = 'Ett annat syfte';
    changedText.economy.years[0]!.amount += 100;
    const error = await failure(
      app.call('agreements:update', { id: a.id, version: a.version, data: changedText }),
    );
    expect(error.code).toBe('agreements.notEditable');
    expect(error.fields).toEqual({
      'data.purpose': 'agreements.notEditable',
      'data.economy': 'agreements.notEditable',
    });

    // Appendices are terms: after the decision they change through an amendment only.
    const withAppendix = structuredClone(a.data);
    withAppendix.appendices.push({
      title: 'Bilaga 4: Bris – åtaganden och ekonomi',
      registrationNumber: '',
      organisationId: null,
      validFrom: '2026-03-01',
      validTo: '2026-12-31',
    });
    const refused = await failure(
      app.call('agreements:update', { id: a.id, version: a.version, data: withAppendix }),
    );
    expect(refused.fields).toEqual({ 'data.appendices': 'agreements.notEditable' });

    const later = structuredClone(a.data);
    later.governanceBodies[0]!.members.push({
      organisationId: later.parties[0]!.organisationId,
      name: 'Ny Ledamot',
      title: '',
    });
    later.parties[0]!.contacts.push({
      name: 'Karin Handläggare',
      title: 'Handläggare',
      phone: '040-34 10 00',
      email: 'karin@malmo.se',
    });
    const saved = await app.must('agreements:update', { id: a.id, version: a.version, data: later });
    expect(saved.status).toBe('active');
    expect(saved.data.appendices).toHaveLength(3);
    expect(saved.data.governanceBodies[0]!.members.map((m) => m.name)).toContain('Ny Ledamot');
    expect(saved.data.parties[0]!.contacts[0]!.name).toBe('Karin Handläggare');
    const revisions = await app.must('agreements:revisions', { id: a.id });
    expect(revisions[0]).toMatchObject({ status: 'active' });
    // Signatures survive a save.
    expect(saved.signatures).toHaveLength(4);
  });
});
