// Översikt's memo (dashboard-memo.ts) never serves a stale part: after any
// sequence of random writes (through the channels, straight in SQL, rolled
// back, on groups holding a notice open) and moves of the clock, the
// dashboard through the router equals one derived from scratch. And every
// table hanging on an agreement has the triggers that change its calendar
// stamp, so a table added later without them fails here.
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Agreement } from '../../shared/ipc/agreements';
import {
  malmoRegionRedCross,
  stockholmBris,
  umbrella,
  withCriteria,
} from '../../../test/support/agreements/fixtures';
import { activate, agreementsApp, create, type AgreementsApp } from '../../../test/support/agreements/helpers';
import {
  admittedChild,
  groupInput,
  programmeInput,
  testNumber,
} from '../../../test/support/support-groups/fixtures';
import { computeDashboard } from './agreement-dashboard';
import { emptyMemo } from './dashboard-memo';

let t: AgreementsApp;
let agreements: Agreement[] = [];
let groupId = 0;
const enrolmentIds: number[] = [];
const at = (day: string) => t.app.clock.set(new Date(`${day}T09:00:00.000Z`));

beforeAll(async () => {
  t = await agreementsApp();
  const { app, ids } = t;
  at('2025-12-10');
  const malmo = await activate(app, await create(app, withCriteria(malmoRegionRedCross(ids, '2023-01-01'))), '2022-12-01');
  const paraply = await activate(app, await create(app, withCriteria(umbrella(ids, '2026-01-01'))), '2025-12-10');
  const data = stockholmBris(ids, '2026-01-01');
  data.notice.months = 0;
  const bris = await activate(app, await create(app, withCriteria(data)), '2025-12-10');
  at('2026-03-02');
  const programme = await app.must('programmes:create', programmeInput(bris.id));
  groupId = (await app.must('supportGroups:create', groupInput(programme.id, { startDate: '2026-03-04' }))).id;
  // Children in the group: Bris's commitments count them (cirka 40 barn per år).
  for (const [i, birthDate] of ['2015-04-12', '2016-08-30'].entries())
    enrolmentIds.push(
      (
        await admittedChild(app, groupId, programme.id, {
          name: `Barn ${i + 1} Testsson`,
          identityNumber: testNumber(birthDate, 981 + i * 2),
        })
      ).enrolment.id,
    );
  at('2026-03-10');
  const current = await app.must('agreements:get', { id: bris.id });
  // A notice held open by the running group: Bris's calendar reads the group's sessions.
  const noticed = await app.must('agreements:giveNotice', {
    id: current.id,
    version: current.version,
    notice: { scope: 'agreement', byOrganisationId: ids.stockholm, givenOn: '2026-03-10', ongoingInterventions: '' },
    confirmed: true,
  });
  agreements = [malmo, paraply, noticed];
});
afterAll(() => t.app.dispose());

const db = () => t.app.installation.db;
const ctx = () => ({ db: db(), clock: t.app.clock, user: { id: 1, role: 'admin' as const } });

type Op =
  | { kind: 'day'; day: string }
  | { kind: 'payment'; agreement: number; date: string; amount: number }
  | { kind: 'meeting'; agreement: number; date: string }
  | { kind: 'complete'; agreement: number; pick: number; done: boolean }
  | { kind: 'sql'; agreement: number; statement: number; n: number }
  | { kind: 'rolledBack'; agreement: number }
  | { kind: 'sessions'; days: number }
  | { kind: 'groupStatus'; status: 'running' | 'finished' }
  | { kind: 'groupStart'; days: number }
  | { kind: 'enrolment'; pick: number; status: 'admitted' | 'participating' | 'completed' | 'cancelled' }
  | { kind: 'attended'; pick: number; attended: 0 | 1 }
  | { kind: 'rename'; n: number };

const day = fc
  .integer({ min: 0, max: 600 })
  .map((d) => new Date(Date.UTC(2025, 11, 1) + d * 86_400_000).toISOString().slice(0, 10));
const which = fc.integer({ min: 0, max: 2 });
const op: fc.Arbitrary<Op> = fc.oneof(
  day.map((d) => ({ kind: 'day' as const, day: d })),
  fc.record({ kind: fc.constant('payment' as const), agreement: which, date: day, amount: fc.integer({ min: 1, max: 50_000_000 }) }),
  fc.record({ kind: fc.constant('meeting' as const), agreement: which, date: day }),
  fc.record({ kind: fc.constant('complete' as const), agreement: which, pick: fc.nat(40), done: fc.boolean() }),
  fc.record({ kind: fc.constant('sql' as const), agreement: which, statement: fc.nat(9), n: fc.integer({ min: 1, max: 11 }) }),
  fc.record({ kind: fc.constant('rolledBack' as const), agreement: which }),
  fc.record({ kind: fc.constant('sessions' as const), days: fc.integer({ min: -60, max: 60 }) }),
  fc.record({ kind: fc.constant('groupStatus' as const), status: fc.constantFrom('running' as const, 'finished' as const) }),
  fc.record({ kind: fc.constant('rename' as const), n: fc.nat(99) }),
  fc.record({ kind: fc.constant('groupStart' as const), days: fc.integer({ min: -400, max: 400 }) }),
  fc.record({
    kind: fc.constant('enrolment' as const),
    pick: fc.nat(1),
    status: fc.constantFrom('admitted' as const, 'participating' as const, 'completed' as const, 'cancelled' as const),
  }),
  fc.record({ kind: fc.constant('attended' as const), pick: fc.nat(1), attended: fc.constantFrom(0 as const, 1 as const) }),
);

/** Writes straight in SQL, past every service: only the triggers can tell the memo. */
function statementOf(index: number, id: number, n: number) {
  const statements = [
    sql`UPDATE agreement SET end_date = date(start_date, ${`+${n} years`}, '-1 day') WHERE id = ${id}`,
    sql`UPDATE agreement SET title = ${`Titel ${n}`}, registration_number = registration_number WHERE id = ${id}`,
    sql`UPDATE agreement SET status = CASE status WHEN 'active' THEN 'signed' ELSE 'active' END WHERE id = ${id}`,
    sql`UPDATE agreement_follow_up SET due_month = ${n} WHERE agreement_id = ${id} AND due_month IS NOT NULL`,
    sql`DELETE FROM agreement_payment WHERE agreement_id = ${id} AND id = (SELECT max(id) FROM agreement_payment WHERE agreement_id = ${id})`,
    sql`DELETE FROM agreement_meeting WHERE agreement_id = ${id}`,
    sql`DELETE FROM agreement_completion WHERE agreement_id = ${id}`,
    sql`UPDATE agreement_instalment SET amount = amount + ${n} WHERE agreement_id = ${id}`,
    sql`UPDATE agreement_funding SET amount = amount + ${n} WHERE agreement_id = ${id}`,
    sql`UPDATE agreement_governance_body SET cadence_value = ${n} WHERE agreement_id = ${id} AND cadence_value IS NOT NULL`,
  ];
  return statements[index % statements.length]!;
}

async function apply(o: Op): Promise<void> {
  const { app, ids } = t;
  const a = 'agreement' in o ? agreements[o.agreement]! : null;
  switch (o.kind) {
    case 'day':
      return at(o.day);
    case 'payment': {
      const payer = a!.data.economy.years[0]?.funding[0];
      if (!payer || payer.recipientOrganisationId === null) return;
      await app.call('agreements:recordPayment', {
        agreementId: a!.id,
        kind: 'payment',
        date: o.date,
        payerOrganisationId: payer.payerOrganisationId,
        recipientOrganisationId: payer.recipientOrganisationId,
        amount: o.amount,
        reference: '',
      });
      return;
    }
    case 'meeting': {
      const body = a!.data.governanceBodies[0];
      if (!body) return;
      await app.call('agreements:recordMeeting', {
        agreementId: a!.id,
        bodyKey: body.key,
        date: o.date,
        attendees: ['Ordförande'],
        decisions: [],
        minutesReference: '',
      });
      return;
    }
    case 'complete': {
      const got = await app.call('agreements:get', { id: a!.id });
      const items = got.ok ? got.value.calendar.filter((i) => i.kind === 'followUp' || i.kind === 'extensionDecision') : [];
      const item = items[o.pick % Math.max(1, items.length)];
      if (item) await app.call('agreements:setCompleted', { agreementId: a!.id, itemKey: item.key, done: o.done });
      return;
    }
    case 'sql':
      try {
        await statementOf(o.statement, a!.id, o.n).execute(db());
      } catch {
        // A CHECK refused it: the statement changed nothing, triggers included.
      }
      return;
    case 'rolledBack':
      await db()
        .transaction()
        .execute(async (trx) => {
          await sql`UPDATE agreement SET end_date = date(end_date, '+2 years') WHERE id = ${a!.id}`.execute(trx);
          // Served from inside the transaction, then undone: the stamp goes back, the part derived inside must not stay.
          await computeDashboard({ ...ctx(), db: trx }, 90);
          throw new Error('rolled back');
        })
        .catch(() => undefined);
      return;
    case 'sessions':
      await sql`UPDATE group_session SET date = date(date, ${`${o.days >= 0 ? '+' : ''}${o.days} days`}) WHERE group_id = ${groupId}`.execute(db());
      return;
    case 'groupStatus':
      await sql`UPDATE support_group SET status = ${o.status} WHERE id = ${groupId}`.execute(db());
      return;
    case 'groupStart':
      await sql`UPDATE support_group SET start_date = date('2026-03-04', ${`${o.days >= 0 ? '+' : ''}${o.days} days`}) WHERE id = ${groupId}`.execute(db());
      return;
    case 'enrolment':
      await sql`UPDATE enrolment SET status = ${o.status} WHERE id = ${enrolmentIds[o.pick]!}`.execute(db());
      return;
    case 'attended':
      // What the attendance triggers keep: whether a cancelled enrolment's child came at all counts.
      await sql`INSERT INTO enrolment_attendance (enrolment_id, attended, recorded) VALUES (${enrolmentIds[o.pick]!}, ${o.attended}, 1)
        ON CONFLICT (enrolment_id) DO UPDATE SET attended = excluded.attended, recorded = max(recorded, 1)`.execute(db());
      return;
    case 'rename':
      await sql`UPDATE organisation SET name = ${`Kommun ${o.n}`} WHERE id = ${ids.stockholm}`.execute(db());
      return;
  }
}

const endOf = (d: { items: { agreementId: number; kind: string; date: string }[] }) =>
  d.items.find((i) => i.agreementId === agreements[2]!.id && i.kind === 'end')?.date;

describe('Översikt memo', () => {
  test('a notice held open by a group: moving its sessions moves the end Översikt shows', async () => {
    at('2026-03-10');
    const before = await t.app.must('agreements:dashboard', {});
    expect(endOf(before)).toBe('2026-04-22');
    await sql`UPDATE group_session SET date = date(date, '+14 days') WHERE group_id = ${groupId}`.execute(db());
    const after = await t.app.must('agreements:dashboard', {});
    expect(endOf(after)).toBe('2026-05-06');
    expect(after).toEqual(await computeDashboard(ctx(), 90, emptyMemo()));
    await sql`UPDATE group_session SET date = date(date, '-14 days') WHERE group_id = ${groupId}`.execute(db());
    expect(endOf(await t.app.must('agreements:dashboard', {}))).toBe('2026-04-22');
  });

  test('after random writes and days, the dashboard served equals one derived from scratch', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 6 }), async (ops) => {
        for (const o of ops) {
          await apply(o);
          const served = await t.app.must('agreements:dashboard', {});
          const fresh = await computeDashboard(ctx(), 90, emptyMemo());
          expect(served).toEqual(fresh);
          expect(await t.app.must('agreements:dashboard', { horizonDays: 30 })).toEqual(
            await computeDashboard(ctx(), 30, emptyMemo()),
          );
        }
      }),
      { numRuns: 40 },
    );
  }, 240_000);

  test('every table hanging on an agreement changes its calendar stamp on insert, update and delete', async () => {
    // Tables Översikt's calendar never reads (nor the agreement view it is derived from).
    const unread = new Set([
      'agreement_calendar_stamp',
      'attachment',
      'budget_line_actual',
      'effect_record',
      'feedback',
      'form_draft',
    ]);
    const tables = await sql<{ name: string }>`
      SELECT m.name FROM sqlite_master m WHERE m.type = 'table'
        AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'agreement_id')`.execute(db());
    const triggers = new Set(
      (
        await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'trigger'`.execute(db())
      ).rows.map((r) => r.name),
    );
    const watched = [
      ...tables.rows.map((r) => r.name).filter((name) => !unread.has(name)),
      'agreement_deficiency_step',
      'amendment_signature',
      'support_group',
      'group_session',
      'enrolment',
      'enrolment_attendance',
    ];
    const missing = watched.flatMap((table) =>
      ['insert', 'update', 'delete']
        .map((event) => `agreement_calendar_stamp_${table}_${event}`)
        .filter((name) => !triggers.has(name)),
    );
    expect(missing).toEqual([]);
    expect(watched.length).toBeGreaterThan(30);
  });
});
