// Notices through the router: one umbrella organisation leaves with 4 months'
// notice while the others go on; notice during a running group is held open by
// the group; a notice binds (withdrawn only by agreement, undone the same day);
// and the party rules and one-notice-at-a-time refusals change nothing.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AgreementData } from '../../../shared/agreements/model';
import { kronor } from '../../../shared/agreements/money';
import type { Agreement } from '../../../shared/ipc/agreements';
import { stockholmBris, umbrella, withCriteria } from '../../../../test/support/agreements/fixtures';
import {
  activate,
  agreementsApp,
  create,
  failure,
  type AgreementsApp,
} from '../../../../test/support/agreements/helpers';
import { groupInput, programmeInput } from '../../../../test/support/support-groups/fixtures';

let t: AgreementsApp;
beforeAll(async () => {
  t = await agreementsApp();
});
afterAll(() => t.app.dispose());

let n = 0;
const at = (day: string) => t.app.clock.set(new Date(`${day}T09:00:00.000Z`));
async function active(data: AgreementData, decided: string): Promise<Agreement> {
  at(decided);
  return activate(
    t.app,
    await create(t.app, withCriteria({ ...data, registrationNumber: `NO-${++n}` })),
    decided,
  );
}

/** The umbrella with 500 000 kr a year to each organisation, paid quarterly. */
function umbrellaWithMoney(): AgreementData {
  const { ids } = t;
  const data = umbrella(ids);
  const orgs = [ids.redCross, ids.saveTheChildren, ids.cityMission];
  data.economy.years = [2024, 2025, 2026].map((year) => ({
    year,
    amount: kronor(1_500_000),
    lines: [{ label: 'Insatser', amount: kronor(1_500_000) }],
    funding: orgs.map((o) => ({
      payerOrganisationId: ids.malmo,
      recipientOrganisationId: o,
      amount: kronor(500_000),
    })),
  }));
  data.economy.paymentRule = { kind: 'quarterlyInAdvance', rounding: 'wholeKronor' };
  return data;
}

const give = (a: Agreement, scope: 'agreement' | 'party', byOrganisationId: number, givenOn: string) =>
  t.app.call('agreements:giveNotice', {
    id: a.id,
    version: a.version,
    notice: { scope, byOrganisationId, givenOn, ongoingInterventions: '' },
    confirmed: true,
  });

describe('one party leaves the umbrella', () => {
  test('after 4 months its appendix, commitments, payments and seats end; the others go on', async () => {
    const { app, ids } = t;
    let a = await active(umbrellaWithMoney(), '2023-12-01');
    at('2025-01-15');
    const result = await give(a, 'party', ids.saveTheChildren, '2025-01-15');
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    a = result.value;
    expect(a.status).toBe('active');
    const notice = a.life.notices[0]!;
    expect(notice).toMatchObject({
      scope: 'party',
      organisationId: ids.saveTheChildren,
      months: 4,
      endsOn: '2025-05-15',
      undoable: true,
    });

    const stillIn = await app.must('agreements:get', { id: a.id, asOf: '2025-05-15' });
    expect(stillIn.data.parties.map((p) => p.organisationId)).toContain(ids.saveTheChildren);
    const gone = await app.must('agreements:get', { id: a.id, asOf: '2025-05-16' });
    expect(gone.data.parties.map((p) => p.organisationId)).not.toContain(ids.saveTheChildren);
    expect(gone.data.appendices.some((x) => x.organisationId === ids.saveTheChildren)).toBe(false);
    expect(gone.data.commitments.some((c) => c.organisationId === ids.saveTheChildren)).toBe(false);
    expect(gone.data.parties).toHaveLength(3);
    expect(gone.data.followUps.some((f) => f.responsibleOrganisationId === ids.saveTheChildren)).toBe(false);
    expect(gone.checklists.map((c) => c.organisationId)).not.toContain(ids.saveTheChildren);
    expect(stillIn.checklists.map((c) => c.organisationId)).toContain(ids.saveTheChildren);
    expect(stillIn.data.followUps.some((f) => f.responsibleOrganisationId === ids.saveTheChildren)).toBe(true);

    const toLeaver = a.instalments
      .filter((i) => i.recipientOrganisationId === ids.saveTheChildren)
      .map((i) => i.dueDate);
    expect(toLeaver.at(-1)).toBe('2025-04-01');
    expect(
      a.instalments
        .filter((i) => i.recipientOrganisationId === ids.redCross)
        .map((i) => i.dueDate)
        .at(-1),
    ).toBe('2026-10-01');

    // A payment to the party after it has left is refused.
    at('2025-06-01');
    a = await app.must('agreements:get', { id: a.id });
    expect(a.data.parties.map((p) => p.organisationId)).not.toContain(ids.saveTheChildren);
    const late = await failure(
      app.call('agreements:recordPayment', {
        agreementId: a.id,
        kind: 'payment',
        date: '2025-06-01',
        payerOrganisationId: ids.malmo,
        recipientOrganisationId: ids.saveTheChildren,
        amount: kronor(125_000),
        reference: '',
        note: '',
      }),
    );
    expect(late.code).toBe('agreements.paymentAfterPartyLeft');

    // Contact persons stay editable on the agreement as shown; the party that left stays in its history.
    const edited = structuredClone(a.data);
    edited.parties[0]!.contacts.push({ name: 'Karin Handläggare', title: '', phone: '', email: '' });
    a = await app.must('agreements:update', { id: a.id, version: a.version, data: edited });
    expect(a.data.parties[0]!.contacts.map((c) => c.name)).toContain('Karin Handläggare');
    const history = await app.must('agreements:get', { id: a.id, asOf: '2025-03-01' });
    expect(history.data.parties.map((p) => p.organisationId)).toContain(ids.saveTheChildren);
  });

  test('notice twice, and a leaving that would leave no non-profit party, are refused', async () => {
    const { ids } = t;
    let a = await active(umbrellaWithMoney(), '2023-12-01');
    at('2025-01-15');
    const first = await give(a, 'party', ids.saveTheChildren, '2025-01-15');
    if (!first.ok) throw new Error('notice refused');
    a = first.value;
    expect((await failure(give(a, 'party', ids.saveTheChildren, '2025-01-15'))).code).toBe(
      'agreements.alreadyUnderNotice',
    );
    const second = await give(a, 'party', ids.redCross, '2025-01-15');
    if (!second.ok) throw new Error('notice refused');
    a = second.value;
    const last = await failure(give(a, 'party', ids.cityMission, '2025-01-15'));
    expect(last.code).toBe('agreements.leavingBreaksPartyRules');
    expect((await t.app.must('agreements:get', { id: a.id })).life.notices).toHaveLength(2);
  });

  test('a notice binds: undone the same day as a mistake, later only with the parties’ agreement', async () => {
    const { app, ids } = t;
    let a = await active(umbrellaWithMoney(), '2023-12-01');
    at('2025-01-15');
    const given = await give(a, 'agreement', ids.malmo, '2025-01-15');
    if (!given.ok) throw new Error('notice refused');
    a = given.value;
    expect(a.status).toBe('terminated');
    const noticeId = a.life.notices[0]!.id;
    a = await app.must('agreements:withdrawNotice', {
      id: a.id,
      version: a.version,
      noticeId,
      kind: 'mistake',
      note: 'Fel överenskommelse vald',
    });
    expect(a.status).toBe('active');
    expect(a.life.notices[0]?.withdrawal).toMatchObject({ kind: 'mistake', on: '2025-01-15' });

    const again = await give(a, 'agreement', ids.malmo, '2025-01-15');
    if (!again.ok) throw new Error('notice refused');
    a = again.value;
    at('2025-01-16');
    const nextId = a.life.notices[1]!.id;
    const tooLate = await failure(
      app.call('agreements:withdrawNotice', {
        id: a.id,
        version: a.version,
        noticeId: nextId,
        kind: 'mistake',
        note: 'Fel',
      }),
    );
    expect(tooLate.code).toBe('agreements.undoOnlySameDay');
    a = await app.must('agreements:withdrawNotice', {
      id: a.id,
      version: a.version,
      noticeId: nextId,
      kind: 'agreed',
      note: 'Styrgruppen 2025-01-16 § 3: alla parter samtycker till att uppsägningen återtas.',
    });
    expect(a.status).toBe('active');
    expect(a.statusHistory.map((h) => h.to).slice(-4)).toEqual([
      'terminated',
      'active',
      'terminated',
      'active',
    ]);
  });
});

describe('notice while a group runs', () => {
  test('with no notice period the agreement ends when the group already started has had its last session', async () => {
    const { app, ids } = t;
    const data = stockholmBris(ids, '2026-01-01');
    data.notice.months = 0;
    let a = await active(data, '2025-12-10');
    at('2026-03-02');
    const programme = await app.must('programmes:create', programmeInput(a.id));
    const group = await app.must(
      'supportGroups:create',
      groupInput(programme.id, { startDate: '2026-03-04' }),
    );
    at('2026-03-10');
    const given = await give(
      await app.must('agreements:get', { id: a.id }),
      'agreement',
      ids.stockholm,
      '2026-03-10',
    );
    if (!given.ok) throw new Error(JSON.stringify(given.error));
    a = given.value;
    const notice = a.life.notices[0]!;
    expect(notice.periodEnd).toBe('2026-03-10');
    expect(notice.holding.map((g) => g.groupId)).toEqual([group.id]);
    expect(notice.endsOn).toBe('2026-04-22');
    expect(a.effectiveEnd).toBe('2026-04-22');
    expect(a.calendar.find((i) => i.kind === 'end')?.date).toBe('2026-04-22');
  });
});
