// Commitments of many agreements followed up at once: Översikt's list of
// what is at risk or not met in the period today falls in, and the reports'
// statuses. Read in a few narrow queries (the commitments' follow-up columns,
// the running parties, the counts, the tick-offs; texts only for what is
// shown) and computed by the same pure function as the agreement's own tab.
import type { Commitment, CountedMeasure } from '../../../shared/agreements/commitments/commitment';
import type { CommitmentFollowUpResult } from '../../../shared/agreements/commitments/follow-up';
import { followUpCommitments } from '../../../shared/agreements/commitments/follow-up';
import { atRiskDays, needsAttention, periodAt } from '../../../shared/agreements/commitments/status';
import type { AgreementStatus } from '../../../shared/agreements/model';
import type { CommitmentAlert } from '../../../shared/ipc/agreements/commitments';
import { addDays, minDate, type IsoDate } from '../../../shared/dates';
import type { ReadDb } from '../../db/handles';
import type { StampMemo } from '../dashboard-memo';
import { commitmentOf } from '../agreement-lists/read-lists';
import {
  commitmentRowsOf,
  countRows,
  followedCommitmentRows,
  runningPartyRows,
  tickOffDates,
} from './commitment-repository';

type Row = Awaited<ReturnType<typeof followedCommitmentRows>>[number] & { text?: string };

/** Översikt shows this many; the totals count them all. */
export const alertLimit = 200;
/** How long after its end an agreement's commitments stay on Översikt. */
const recentlyEndedDays = 90;

/** The earliest start of the rows' agreements (or `day`): where the tick-offs they read begin. */
const earliestStart = (rows: readonly Row[], day: IsoDate): IsoDate =>
  rows.reduce((min, r) => minDate(min, r.start_date), day);

const endOf = (head: Row): IsoDate => (head.ended_on ? minDate(head.ended_on, head.end_date) : head.end_date);

/** The statuses on `day` of the commitments `rows` (of many agreements), per agreement id. */
export async function followUpsOf(
  db: ReadDb,
  rows: readonly Row[],
  day: IsoDate,
  ticksFrom = earliestStart(rows, day),
): Promise<Map<number, CommitmentFollowUpResult[]>> {
  const out = new Map<number, CommitmentFollowUpResult[]>();
  if (rows.length === 0) return out;
  const byAgreement = groupBy(rows, (r) => r.agreement_id);
  const ids = [...byAgreement.keys()];
  const counted = ids.filter((id) =>
    byAgreement.get(id)!.some((r) => r.kind === 'recurring' && r.measure !== null && r.measure !== 'tickOffs'),
  );
  // Tick-offs from the earliest agreement start (a one-off counts one of any earlier day); each
  // agreement's counts only within the year `day` falls in (a term lies inside its year), or its last year.
  const from = ticksFrom;
  const windows = counted.map((agreementId) => {
    const head = byAgreement.get(agreementId)![0]!;
    const year = periodAt('year', { start: head.start_date, end: endOf(head) }, day);
    return { agreementId, from: year.start, to: minDate(year.end, day) };
  });
  const measures = new Set<CountedMeasure>();
  for (const r of rows) if (r.kind === 'recurring' && r.measure && r.measure !== 'tickOffs') measures.add(r.measure);
  const [parties, counts, ticks] = await Promise.all([
    runningPartyRows(db, counted),
    countRows(db, windows, measures),
    tickOffDates(db, ids, from, day),
  ]);
  const running = new Map<number, Set<number>>();
  for (const p of parties) {
    const set = running.get(p.agreement_id) ?? new Set<number>();
    set.add(p.organisation_id);
    running.set(p.agreement_id, set);
  }
  const countsOf = groupBy(counts, (c) => c.agreement_id);
  const ticksOf = groupBy(ticks, (t) => t.agreement_id);
  const none = new Set<number>();
  for (const [agreementId, list] of byAgreement) {
    const head = list[0]!;
    const commitments: Commitment[] = [...list]
      .sort((a, b) => a.position - b.position)
      .map((r) => commitmentOf({ ...r, id: 0, text: r.text ?? '' }));
    const results = followUpCommitments(
      {
        commitments,
        period: { start: head.start_date, end: endOf(head) },
        runningParties: running.get(agreementId) ?? none,
        counts: (countsOf.get(agreementId) ?? []).map((c) => ({
          organisationId: c.organisation_id,
          measure: c.measure,
          day: c.day,
          n: c.n,
        })),
        tickOffs: (ticksOf.get(agreementId) ?? []).map((t) => ({ key: t.commitment_key, day: t.done_on })),
      },
      day,
    );
    out.set(agreementId, results);
  }
  return out;
}

export interface CommitmentAlerts {
  alerts: CommitmentAlert[];
  totals: { atRisk: number; notMet: number };
}

/**
 * Översikt: the structured commitments of the agreements followed up that are
 * at risk or not met; not met first, then the soonest end of period; the
 * first `alertLimit` of them with their texts, and the totals.
 */
export async function commitmentAlerts(
  db: ReadDb,
  statuses: readonly AgreementStatus[],
  today: IsoDate,
  names: ReadonlyMap<number, string>,
  memo?: ResultsMemo,
): Promise<CommitmentAlerts> {
  const lagging: { agreementId: number; r: CommitmentFollowUpResult; end: string }[] = [];
  // Agreements in force today, or ended within the last 90 days (their last period's "not met" shows that long).
  const rows = await followedCommitmentRows(db, statuses, {
    today,
    since: addDays(today, -recentlyEndedDays),
    soon: addDays(today, atRiskDays),
  });
  for (const [agreementId, results] of await (memo ? remembered(db, rows, today, memo) : followUpsOf(db, rows, today)))
    for (const r of results)
      if (needsAttention(r.status))
        lagging.push({ agreementId, r, end: (r.kind === 'oneOff' ? r.dueDate : r.period?.end) ?? '' });
  lagging.sort(
    (a, b) =>
      (a.r.status === b.r.status ? 0 : a.r.status === 'notMet' ? -1 : 1) ||
      (a.end < b.end ? -1 : a.end > b.end ? 1 : 0) ||
      a.agreementId - b.agreementId ||
      a.r.key.localeCompare(b.r.key),
  );
  const shown = lagging.slice(0, alertLimit);
  const texts = new Map(
    (await commitmentRowsOf(db, [...new Set(shown.map((s) => s.agreementId))])).map((row) => [
      `${row.agreement_id}|${row.commitment_key}`,
      row,
    ]),
  );
  const notMet = lagging.filter((l) => l.r.status === 'notMet').length;
  return {
    totals: { atRisk: lagging.length - notMet, notMet },
    alerts: shown.map(({ agreementId, r, end }) => {
      const row = texts.get(`${agreementId}|${r.key}`);
      return {
        agreementId,
        registrationNumber: row?.registration_number ?? '',
        title: row?.title ?? '',
        organisationId: r.organisationId,
        organisationName: names.get(r.organisationId) ?? null,
        key: r.key,
        text: row?.text ?? '',
        status: r.status,
        achieved: r.achieved,
        required: r.required,
        expectedByNow: r.expectedByNow,
        periodEnd: end === '' ? null : end,
      };
    }),
  };
}

/** Agreements' stamps (read before their rows) and the statuses kept per agreement under them. */
interface ResultsMemo {
  stamps: ReadonlyMap<number, string | null>;
  results: StampMemo<CommitmentFollowUpResult[]>;
}

/**
 * followUpsOf(db, rows, today) with each agreement's statuses from the memo
 * while its stamp holds; the others derived (with the same tick-off start as
 * for all the rows) and kept. In the same order as followUpsOf.
 */
async function remembered(
  db: ReadDb,
  rows: readonly Row[],
  today: IsoDate,
  memo: ResultsMemo,
): Promise<Map<number, CommitmentFollowUpResult[]>> {
  const from = earliestStart(rows, today);
  const key = `${today}|${from}`;
  const kept = new Map<number, CommitmentFollowUpResult[] | undefined>();
  const missing: Row[] = [];
  for (const [agreementId, list] of groupBy(rows, (r) => r.agreement_id)) {
    const value = memo.results.get(agreementId, memo.stamps.get(agreementId), key);
    kept.set(agreementId, value);
    if (!value) missing.push(...list);
  }
  const derived = await followUpsOf(db, missing, today, from);
  const out = new Map<number, CommitmentFollowUpResult[]>();
  for (const [agreementId, value] of kept) {
    const results = value ?? derived.get(agreementId)!;
    if (!value) memo.results.set(agreementId, memo.stamps.get(agreementId), key, results);
    out.set(agreementId, results);
  }
  return out;
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(keyOf(row));
    if (list) list.push(row);
    else map.set(keyOf(row), [row]);
  }
  return map;
}
