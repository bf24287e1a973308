// Översikt's commitments: across every agreement being followed up, the
// commitments at risk or not met in the period today falls in. Read in four
// narrow queries (the structured commitments with their agreements, the
// running parties, the counts and the tick-offs since the earliest period
// start) and computed by the same pure function as the agreement's own tab.
import { followUpCommitments } from '../../../shared/agreements/commitments/follow-up';
import { needsAttention, periodAt } from '../../../shared/agreements/commitments/status';
import type { AgreementStatus } from '../../../shared/agreements/model';
import type { CommitmentAlert } from '../../../shared/ipc/agreements/commitments';
import { minDate, type IsoDate } from '../../../shared/dates';
import type { ReadDb } from '../../db/handles';
import { commitmentOf } from '../agreement-lists/read-lists';
import { countRows, followedCommitmentRows, runningPartyRows, tickOffDates } from './commitment-repository';

type Row = Awaited<ReturnType<typeof followedCommitmentRows>>[number];

export async function commitmentAlerts(
  db: ReadDb,
  statuses: readonly AgreementStatus[],
  today: IsoDate,
  names: ReadonlyMap<number, string>,
): Promise<CommitmentAlert[]> {
  const rows = await followedCommitmentRows(db, statuses);
  if (rows.length === 0) return [];
  const byAgreement = new Map<number, Row[]>();
  for (const row of rows) {
    const list = byAgreement.get(row.agreement_id);
    if (list) list.push(row);
    else byAgreement.set(row.agreement_id, [row]);
  }
  const ids = [...byAgreement.keys()];
  const counted = ids.filter((id) =>
    byAgreement.get(id)!.some((r) => r.kind === 'recurring' && r.measure !== null && r.measure !== 'tickOffs'),
  );
  // Everything from the earliest agreement start up to today: one-offs count tick-offs of any earlier day.
  const from = rows.reduce((min, r) => minDate(min, r.start_date), today);
  // Counts only within this year's periods (a term lies inside its year), an ended agreement's last year.
  const countsFrom = counted.reduce((min, id) => {
    const head = byAgreement.get(id)![0]!;
    return minDate(min, periodAt('year', { start: head.start_date, end: endOf(head) }, today).start);
  }, today);
  const [parties, counts, ticks] = await Promise.all([
    runningPartyRows(db, counted),
    countRows(db, counted, countsFrom, today),
    tickOffDates(db, ids, from, today),
  ]);
  const running = new Map<number, Set<number>>();
  for (const p of parties) {
    const set = running.get(p.agreement_id) ?? new Set<number>();
    set.add(p.organisation_id);
    running.set(p.agreement_id, set);
  }
  const countsOf = groupBy(counts, (c) => c.agreement_id);
  const ticksOf = groupBy(ticks, (t) => t.agreement_id);
  const alerts: CommitmentAlert[] = [];
  for (const [agreementId, list] of byAgreement) {
    const head = list[0]!;
    const end = endOf(head);
    const results = followUpCommitments(
      {
        commitments: list.sort((a, b) => a.position - b.position).map((r) => commitmentOf({ ...r, id: 0 })),
        period: { start: head.start_date, end },
        runningParties: running.get(agreementId) ?? new Set(),
        counts: (countsOf.get(agreementId) ?? []).map((c) => ({
          organisationId: c.organisation_id,
          measure: c.measure,
          day: c.day,
          n: c.n,
        })),
        tickOffs: (ticksOf.get(agreementId) ?? []).map((t) => ({ key: t.commitment_key, day: t.done_on })),
      },
      today,
    );
    for (const r of results) {
      if (!needsAttention(r.status)) continue;
      alerts.push({
        agreementId,
        registrationNumber: head.registration_number,
        title: head.title,
        organisationId: r.organisationId,
        organisationName: names.get(r.organisationId) ?? null,
        key: r.key,
        text: r.text,
        status: r.status,
        achieved: r.achieved,
        required: r.required,
        expectedByNow: r.expectedByNow,
        periodEnd: r.kind === 'oneOff' ? r.dueDate : (r.period?.end ?? null),
      });
    }
  }
  // Not met before at risk, then by registration number.
  return alerts.sort(
    (a, b) =>
      (a.status === b.status ? 0 : a.status === 'notMet' ? -1 : 1) ||
      a.registrationNumber.localeCompare(b.registrationNumber, 'sv') ||
      a.key.localeCompare(b.key),
  );
}

const endOf = (head: Row): IsoDate => (head.ended_on ? minDate(head.ended_on, head.end_date) : head.end_date);

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(keyOf(row));
    if (list) list.push(row);
    else map.set(keyOf(row), [row]);
  }
  return map;
}
