// An agreement's commitments with their status on a day: the follow-up period
// today falls in (per the commitment's target, a year by default), what was
// achieved in it (counted from the support-group records of the groups the
// commitment's party runs under the agreement, or ticked off by hand), and
// the status (status.ts). Pure: the caller reads the counts and tick-offs.
import { minDate, type IsoDate } from '../../dates';
import type { Commitment, CountedMeasure } from './commitment';
import { commitmentStatus, periodAt, type CommitmentProgress, type FollowUpPeriod } from './status';

export interface CountFact {
  /** The party running the group's programme; null: the agreement as a whole. */
  organisationId: number | null;
  measure: CountedMeasure;
  day: IsoDate;
  n: number;
}

export interface TickOffFact {
  key: string;
  day: IsoDate;
}

export interface CommitmentFollowUpResult extends Commitment, CommitmentProgress {
  period: Pick<FollowUpPeriod, 'start' | 'end' | 'year' | 'term'> | null;
}

export interface FollowUpInput {
  commitments: readonly Commitment[];
  /** The agreement's period, its end brought forward when it ended early. */
  period: { start: IsoDate; end: IsoDate };
  /** The parties that run groups (non-profit); a public party's counted commitment counts every group. */
  runningParties: ReadonlySet<number>;
  counts: readonly CountFact[];
  tickOffs: readonly TickOffFact[];
}

/** The follow-up period of a commitment on `day` (a one-off or unstructured one has none). */
export function commitmentPeriod(
  c: Pick<Commitment, 'kind' | 'target'>,
  agreement: { start: IsoDate; end: IsoDate },
  day: IsoDate,
): FollowUpPeriod | null {
  if (c.kind === 'recurring') return c.target ? periodAt(c.target.per, agreement, day) : null;
  if (c.kind === 'ongoing') return periodAt('year', agreement, day);
  return null;
}

export function followUpCommitments(input: FollowUpInput, today: IsoDate): CommitmentFollowUpResult[] {
  return input.commitments.map((c) => {
    const period = commitmentPeriod(c, input.period, today);
    const within = (day: IsoDate) =>
      period === null ? day <= today : day >= period.start && day <= minDate(period.end, today);
    let achieved = 0;
    const measure = c.target?.measure ?? 'tickOffs';
    if (c.kind === 'recurring' && measure !== 'tickOffs') {
      const all = !input.runningParties.has(c.organisationId);
      for (const f of input.counts)
        if (
          f.measure === measure &&
          (all || f.organisationId === null || f.organisationId === c.organisationId) &&
          within(f.day)
        )
          achieved += f.n;
    } else {
      for (const t of input.tickOffs) if (t.key === c.key && within(t.day)) achieved++;
    }
    const progress = commitmentStatus(c, period ?? { start: input.period.start, end: input.period.end, share: 1 }, today, achieved);
    return {
      ...c,
      ...progress,
      period: period && { start: period.start, end: period.end, year: period.year, term: period.term },
    };
  });
}
