// Living agreements through the router, with the three agreements of
// DOMAIN.md: the three-party agreement extended by two years, the support-group
// agreement's budget changed from its second year, an organisation joining the
// umbrella by appendix, and bad input refused with nothing changed.
import { textOnlyCommitment } from '../../../shared/agreements/commitments/commitment';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AgreementData } from '../../../shared/agreements/model';
import { kronor } from '../../../shared/agreements/money';
import type { Agreement } from '../../../shared/ipc/agreements';
import {
  malmoRegionRedCross,
  stockholmBris,
  umbrella,
  withCriteria,
} from '../../../../test/support/agreements/fixtures';
import {
  activate,
  agreementsApp,
  create,
  failure,
  type AgreementsApp,
} from '../../../../test/support/agreements/helpers';

let t: AgreementsApp;
beforeAll(async () => {
  t = await agreementsApp();
});
afterAll(() => t.app.dispose());

let n = 0;
const fresh = (data: AgreementData): AgreementData => ({ ...data, registrationNumber: `AM-${++n}` });
const at = (day: string) => t.app.clock.set(new Date(`${day}T09:00:00.000Z`));

/** An active agreement decided and signed on `decided`. */
async function active(data: AgreementData, decided: string): Promise<Agreement> {
  at(decided);
  return activate(t.app, await create(t.app, withCriteria(fresh(data))), decided);
}

const meta = (
  effectiveFrom: string,
  concerned: number[],
  extra: Partial<{ acceptedTerms: number[] }> = {},
) => ({
  registrationNumber: '',
  reason: 'Ändrade förutsättningar',
  effectiveFrom,
  decider: 'delegation' as const,
  concerned,
  acceptedTerms: extra.acceptedTerms ?? [],
});

/** Drafts, decides, has every concerned party sign, and puts the amendment in force. */
async function inForce(
  a: Agreement,
  data: AgreementData,
  effectiveFrom: string,
  decidedOn: string,
  options: { concerned?: number[]; acceptedTerms?: number[] } = {},
): Promise<Agreement> {
  const { app } = t;
  const concerned = options.concerned ?? data.parties.map((p) => p.organisationId);
  let next = await app.must('agreements:saveAmendment', {
    id: a.id,
    version: a.version,
    amendmentId: null,
    amendment: meta(effectiveFrom, concerned, options),
    data,
  });
  const amendment = next.life.amendments.at(-1)!;
  expect(amendment.status).toBe('draft');
  next = await app.must('agreements:transitionAmendment', {
    id: a.id,
    version: next.version,
    amendmentId: amendment.id,
    request: { to: 'decided', decision: { body: 'Förvaltningschef', date: decidedOn, paragraph: 'D 12' } },
  });
  for (const organisationId of concerned) {
    next = await app.must('agreements:signAmendment', {
      id: a.id,
      version: next.version,
      amendmentId: amendment.id,
      signature: {
        organisationId,
        name: 'Namn Namnsson',
        title: 'Ordförande',
        place: 'Malmö',
        date: decidedOn,
      },
    });
  }
  expect(next.life.amendments.find((x) => x.id === amendment.id)?.status).toBe('signed');
  return app.must('agreements:transitionAmendment', {
    id: a.id,
    version: next.version,
    amendmentId: amendment.id,
    request: { to: 'inForce' },
  });
}

describe('extension of the three-party agreement', () => {
  test('extended by 2 years after a decision before 2024-03-31; the schedule and calendar continue to 2026-12-31', async () => {
    const { app, ids } = t;
    let a = await active(malmoRegionRedCross(ids), '2020-12-10');
    at('2024-03-15');
    const before = structuredClone(a);
    expect(a.calendar.find((i) => i.kind === 'extensionDecision')).toMatchObject({ date: '2024-03-31' });

    const extended = structuredClone(a.data);
    extended.period.end = '2026-12-31';
    const y2024 = extended.economy.years.find((y) => y.year === 2024)!;
    extended.economy.years.push(
      { ...structuredClone(y2024), year: 2025 },
      { ...structuredClone(y2024), year: 2026 },
    );

    // Beyond the maximum: refused, nothing changed.
    const tooLong = structuredClone(extended);
    tooLong.period.end = '2027-06-30';
    const refused = await failure(
      app.call('agreements:saveAmendment', {
        id: a.id,
        version: a.version,
        amendmentId: null,
        amendment: meta(
          '2024-03-15',
          extended.parties.map((p) => p.organisationId),
        ),
        data: tooLong,
      }),
    );
    expect(refused.code).toBe('amendments.extensionBeyondMax');
    expect(refused.fields).toMatchObject({ 'data.period.end': 'amendments.extensionBeyondMax' });
    a = await app.must('agreements:get', { id: a.id });
    expect(a.life.amendments).toEqual([]);
    expect(a.version).toBe(before.version);

    a = await inForce(a, extended, '2024-03-15', '2024-03-10');
    expect(a.data.period.end).toBe('2026-12-31');
    expect(a.effectiveEnd).toBe('2026-12-31');
    expect(a.life.extensionDecisions).toEqual([
      expect.objectContaining({
        forEnd: '2024-12-31',
        dueBy: '2024-03-31',
        decidedOn: '2024-03-10',
        outcome: 'extend',
        newEnd: '2026-12-31',
      }),
    ]);
    // Invoiced once a year: the schedule continues with 2025 and 2026.
    expect(a.instalments.map((i) => i.dueDate)).toEqual(expect.arrayContaining(['2025-01-31', '2026-01-31']));
    expect(a.calendar.find((i) => i.kind === 'end')?.date).toBe('2026-12-31');
    // The extension terms are used up: no new extension deadline.
    expect(a.calendar.filter((i) => i.kind === 'extensionDecision' && i.state !== 'done')).toEqual([]);
    // As in force before the amendment, the old end date.
    const old = await app.must('agreements:get', { id: a.id, asOf: '2024-02-01' });
    expect(old.data.period.end).toBe('2024-12-31');
    expect(old.life.asOf).toBe('2024-02-01');
    // The dashboard follows: payments continue, and no extension deadline for the new end (the terms are used up).
    at('2024-06-01');
    const dashboard = await app.must('agreements:dashboard', { horizonDays: 730 });
    const mine = dashboard.items.filter((i) => i.agreementId === a.id);
    expect(mine.filter((i) => i.kind === 'payment').map((i) => i.date)).toEqual(
      expect.arrayContaining(['2025-01-31', '2026-01-31']),
    );
    expect(mine.filter((i) => i.kind === 'extensionDecision')).toEqual([]);
    expect(mine.some((i) => i.kind === 'payment')).toBe(true);
    // The list shows the new end.
    const list = await app.must('agreements:list', { query: a.data.registrationNumber });
    expect(list.items[0]?.end).toBe('2026-12-31');
  });

  test('a decision not to extend closes the extension deadline', async () => {
    const { app, ids } = t;
    let a = await active(malmoRegionRedCross(ids), '2020-12-10');
    at('2024-03-20');
    a = await app.must('agreements:recordExtensionDecision', {
      id: a.id,
      version: a.version,
      decidedOn: '2024-03-18',
      note: 'Nämnden förlänger inte.',
    });
    expect(a.calendar.find((i) => i.kind === 'extensionDecision')?.state).toBe('done');
    expect(a.life.extensionDecisions[0]).toMatchObject({ outcome: 'notExtend', forEnd: '2024-12-31' });
    const again = await failure(
      app.call('agreements:recordExtensionDecision', {
        id: a.id,
        version: a.version,
        decidedOn: '2024-03-19',
        note: '',
      }),
    );
    expect(again.code).toBe('amendments.extensionAlreadyDecided');
  });
});

describe('budget changed from the second year (support groups)', () => {
  test('the payments follow the new budget from 2018 and the view in force tells the years apart', async () => {
    const { app, ids } = t;
    const data = stockholmBris(ids);
    const sameYears = data.economy.years.map((y) => ({ ...y, amount: kronor(711_833) }));
    data.economy.years = sameYears.map((y) => ({
      ...y,
      lines: [{ label: 'Personal', amount: kronor(711_833) }],
      funding: [
        { payerOrganisationId: ids.stockholm, recipientOrganisationId: ids.bris, amount: kronor(711_833) },
      ],
    }));
    let a = await active(data, '2016-12-01');
    at('2017-11-20');
    const changed = structuredClone(a.data);
    const y2018 = changed.economy.years.find((y) => y.year === 2018)!;
    y2018.amount = kronor(750_000);
    y2018.lines = [{ label: 'Personal', amount: kronor(750_000) }];
    y2018.funding = [
      { payerOrganisationId: ids.stockholm, recipientOrganisationId: ids.bris, amount: kronor(750_000) },
    ];
    a = await inForce(a, changed, '2018-01-01', '2017-11-15');

    const amounts = (year: number) => a.instalments.filter((i) => i.year === year).map((i) => i.amount);
    expect(amounts(2017).reduce((s, x) => s + x, 0)).toBe(kronor(711_833));
    expect(amounts(2018)).toEqual([kronor(187_500), kronor(187_500), kronor(187_500), kronor(187_500)]);
    const before = await app.must('agreements:get', { id: a.id, asOf: '2017-06-01' });
    expect(before.data.economy.years.find((y) => y.year === 2018)?.amount).toBe(kronor(711_833));
    const after = await app.must('agreements:get', { id: a.id, asOf: '2018-02-01' });
    expect(after.data.economy.years.find((y) => y.year === 2018)?.amount).toBe(kronor(750_000));
    const amendment = a.life.amendments[0]!;
    expect(amendment.sections).toEqual(['economy']);
    expect(amendment.diff.map((d) => d.key)).toEqual(['economy']);
    expect(a.life.changeDates).toEqual(['2018-01-01']);
  });
});

describe('an organisation joins the umbrella by appendix', () => {
  test('needs an appendix of its own and to accept all terms; its checklist gaps are warned about', async () => {
    const { app, ids } = t;
    let a = await active(umbrella(ids), '2023-12-01');
    at('2025-02-03');
    const joined = structuredClone(a.data);
    joined.parties.push({
      organisationId: ids.bris,
      role: 'nonprofit',
      actingThroughKind: 'board',
      actingThrough: 'Styrelsen',
      contacts: [],
      signatory: { name: '', title: '' },
    });
    joined.commitments.push(
      textOnlyCommitment(ids.bris, 'Stödgrupper för barn i familjehem, fyra grupper per år.', 'bris1'),
    );
    const concerned = [ids.malmo, ids.bris];

    const noAppendix = await failure(
      app.call('agreements:saveAmendment', {
        id: a.id,
        version: a.version,
        amendmentId: null,
        amendment: meta('2025-03-01', concerned),
        data: joined,
      }),
    );
    expect(noAppendix.code).toBe('amendments.joiningNeedsAppendix');

    joined.appendices.push({
      title: 'Bilaga: Bris åtaganden och ekonomi',
      registrationNumber: '2025-112',
      organisationId: ids.bris,
      validFrom: '2025-03-01',
      validTo: '2026-12-31',
    });
    const missingSigner = await failure(
      app.call('agreements:saveAmendment', {
        id: a.id,
        version: a.version,
        amendmentId: null,
        amendment: meta('2025-03-01', [ids.malmo]),
        data: joined,
      }),
    );
    expect(missingSigner.code).toBe('amendments.concernedMissing');

    a = await app.must('agreements:saveAmendment', {
      id: a.id,
      version: a.version,
      amendmentId: null,
      amendment: meta('2025-03-01', concerned),
      data: joined,
    });
    const draft = a.life.amendments[0]!;
    expect(draft.joining).toEqual([ids.bris]);
    expect(draft.problems).toMatchObject({ acceptedTerms: 'amendments.termsNotAccepted' });
    expect(draft.warnings[0]?.organisationId).toBe(ids.bris);
    const notAccepted = await failure(
      app.call('agreements:transitionAmendment', {
        id: a.id,
        version: a.version,
        amendmentId: draft.id,
        request: {
          to: 'decided',
          decision: { body: 'Kommunstyrelsen', date: '2025-02-01', paragraph: '§ 7' },
        },
      }),
    );
    expect(notAccepted.code).toBe('amendments.termsNotAccepted');

    a = await app.must('agreements:deleteAmendment', { id: a.id, version: a.version, amendmentId: draft.id });
    a = await inForce(a, joined, '2025-03-01', '2025-02-01', { concerned, acceptedTerms: [ids.bris] });
    expect(a.data.parties.map((p) => p.organisationId)).toContain(ids.bris);
    const earlier = await app.must('agreements:get', { id: a.id, asOf: '2025-02-15' });
    expect(earlier.data.parties.map((p) => p.organisationId)).not.toContain(ids.bris);
  });
});

describe('bad input changes nothing', () => {
  test('an amendment that changes nothing, an effective date outside the period, a start moved', async () => {
    const { app, ids } = t;
    const a = await active(malmoRegionRedCross(ids), '2020-12-10');
    at('2022-05-01');
    const all = a.data.parties.map((p) => p.organisationId);
    const nothing = await failure(
      app.call('agreements:saveAmendment', {
        id: a.id,
        version: a.version,
        amendmentId: null,
        amendment: meta('2022-05-01', all),
        data: a.data,
      }),
    );
    expect(nothing.code).toBe('amendments.nothingChanged');
    const onlyContacts = structuredClone(a.data);
    onlyContacts.parties[0]!.contacts.push({ name: 'Ny Kontakt', title: '', phone: '', email: '' });
    expect(
      (
        await failure(
          app.call('agreements:saveAmendment', {
            id: a.id,
            version: a.version,
            amendmentId: null,
            amendment: meta('2022-05-01', all),
            data: onlyContacts,
          }),
        )
      ).code,
    ).toBe('amendments.nothingChanged');
    const changed = structuredClone(a.data);
    changed.purpose = 'Ett nytt syfte';
    const outside = await failure(
      app.call('agreements:saveAmendment', {
        id: a.id,
        version: a.version,
        amendmentId: null,
        amendment: meta('2025-02-01', all),
        data: changed,
      }),
    );
    expect(outside.code).toBe('amendments.effectiveOutsidePeriod');
    const draftAgreement = await create(app, fresh(malmoRegionRedCross(ids)));
    expect(
      (
        await failure(
          app.call('agreements:saveAmendment', {
            id: draftAgreement.id,
            version: draftAgreement.version,
            amendmentId: null,
            amendment: meta('2022-05-01', all),
            data: changed,
          }),
        )
      ).code,
    ).toBe('amendments.agreementNotOpen');
    const unchanged = await app.must('agreements:get', { id: a.id });
    expect(unchanged.version).toBe(a.version);
    expect(unchanged.life.amendments).toEqual([]);
  });

  test('a second amendment drafted against older terms is refused as stale when the first comes into force', async () => {
    const { app, ids } = t;
    let a = await active(malmoRegionRedCross(ids), '2020-12-10');
    at('2022-05-01');
    const all = a.data.parties.map((p) => p.organisationId);
    const first = structuredClone(a.data);
    first.purpose = 'Syfte A';
    const second = structuredClone(a.data);
    second.purpose = 'Syfte B';
    a = await app.must('agreements:saveAmendment', {
      id: a.id,
      version: a.version,
      amendmentId: null,
      amendment: meta('2022-05-01', all),
      data: second,
    });
    const stale = a.life.amendments[0]!;
    a = await inForce(a, first, '2022-05-01', '2022-04-28');
    expect(a.data.purpose).toBe('Syfte A');
    expect(a.life.amendments.find((x) => x.id === stale.id)?.problems).toMatchObject({
      data: 'amendments.stale',
    });
  });
});
