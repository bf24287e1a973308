// The retention rules beside gallring (src/shared/erasure/retention-rules.ts):
// the counts for Översikt, and erasing what a rule has made due by today,
// through the one erasure routine (erasure-routine.ts). A waiting entry's
// child goes in the same erasure when it was the child's last enrolment.
// The deletion log gets the rule and the counts, never who.
import { swedishDay } from '../../shared/dates';
import { retentionState } from '../../shared/erasure/retention';
import {
  childWithoutEnrolmentDueOn,
  waitingEntryDueOn,
  type RetentionRule,
  type RetentionSettings,
} from '../../shared/erasure/retention-rules';
import type { RetentionSummary } from '../../shared/ipc/retention';
import type { Clock } from '../base/clock';
import type { ServiceContext } from '../context/service-context';
import { nowIso } from '../context/service-context';
import type { Db } from '../db/schema/database';
import type { ReadDb } from '../db/handles';
import { readRetentionSettings } from '../settings/retention-settings';
import { insertDeletionRun } from './deletion-repository';
import { eraseEnrolmentsAndOrphans, runErasure } from './erasure-routine';
import { childWithoutEnrolmentRows, waitingEntryRows } from './retention-rules-repository';

const dayOf = (instant: string) => swedishDay(new Date(instant));

interface Dated {
  id: number;
  childId: number;
  dueOn: string;
}

async function waitingEntries(db: ReadDb, settings: RetentionSettings): Promise<Dated[]> {
  return (await waitingEntryRows(db)).map((r) => ({
    id: r.id,
    childId: r.child_id,
    dueOn: waitingEntryDueOn(r.status, dayOf(r.updated_at), settings),
  }));
}

async function childrenWithoutEnrolment(db: ReadDb, settings: RetentionSettings): Promise<Dated[]> {
  return (await childWithoutEnrolmentRows(db)).map((r) => ({
    id: r.id,
    childId: r.id,
    dueOn: childWithoutEnrolmentDueOn(dayOf(r.updated_at), settings),
  }));
}

function count(items: Dated[], today: string) {
  const states = items.map((i) => retentionState(i.dueOn, today));
  return {
    awaiting: items.length,
    due: states.filter((s) => s === 'due').length,
    overdue: states.filter((s) => s === 'overdue').length,
  };
}

export async function retentionSummary(ctx: { db: ReadDb; clock: Clock }): Promise<RetentionSummary> {
  const settings = await readRetentionSettings(ctx.db);
  const today = swedishDay(ctx.clock.now());
  return {
    settings,
    waitingEntries: count(await waitingEntries(ctx.db, settings), today),
    childrenWithoutEnrolment: count(await childrenWithoutEnrolment(ctx.db, settings), today),
  };
}

export async function eraseByRule(
  ctx: ServiceContext<Db>,
  rule: RetentionRule,
): Promise<{ enrolments: number; children: number; purged: boolean }> {
  return runErasure(ctx.db, async (trx) => {
    const settings = await readRetentionSettings(trx);
    const today = swedishDay(ctx.clock.now());
    const all =
      rule === 'waitingEntries'
        ? await waitingEntries(trx, settings)
        : await childrenWithoutEnrolment(trx, settings);
    const due = all.filter((i) => i.dueOn <= today);
    const enrolmentIds = rule === 'waitingEntries' ? due.map((i) => i.id) : [];
    const { childrenDeleted } = await eraseEnrolmentsAndOrphans(trx, enrolmentIds, [
      ...new Set(due.map((i) => i.childId)),
    ]);
    await insertDeletionRun(trx, {
      deleted_at: nowIso(ctx),
      user_id: ctx.user.id,
      kind: rule,
      reason: '',
      enrolments: enrolmentIds.length,
      children: childrenDeleted,
    });
    return { enrolments: enrolmentIds.length, children: childrenDeleted };
  });
}
