// Where an agreement (or, in an umbrella, one organisation's appendix) stands
// on a date: the period in force and whether new work may start under it.
// Groups and their sessions are planned only inside `start`–`end` and only
// while the state is `open`; L reads the same answer for notices.
import { maxDate, minDate, type IsoDate } from '../../shared/dates';
import { AppFailure } from '../base/app-error';
import type { ReadDb } from '../db/handles';
import { getAgreementRow } from './agreement-repository';
import { loadData } from './agreement-view';
import { loadLife } from './amendments/agreement-life';
import { appendixPeriodRows } from './agreement-standing-repository';

/**
 * open: new groups and sessions may be planned (any status before the end,
 * draft included); underNotice: notice has been given, running work is
 * finished but nothing new starts; ended: the status says so or `date` lies
 * after the end; rescinded: hävd.
 */
export type AgreementState = 'open' | 'underNotice' | 'ended' | 'rescinded';

export interface AgreementStanding {
  start: IsoDate;
  /** The end that applies: notice moves it earlier, an appendix may narrow it. */
  end: IsoDate;
  state: AgreementState;
  /** What set the period: the organisation's appendix, or the notice (its end). */
  reason?: 'appendix' | 'notice';
}

export async function agreementStanding(
  db: ReadDb,
  agreementId: number,
  organisationId: number | null,
  date: IsoDate,
): Promise<AgreementStanding> {
  const row = await getAgreementRow(db, agreementId);
  if (!row) throw new AppFailure('notFound');
  const current = await loadData(db, row);
  const life = await loadLife(db, agreementId, current);
  let start = current.period.start;
  let end = current.period.end;
  let reason: AgreementStanding['reason'];
  // Notice of the whole agreement, or of this organisation leaving: its end, held open by the groups already started.
  const notice =
    life.agreementNotice ??
    (organisationId === null ? null : life.partyNotices.find((n) => n.notice.organisationId === organisationId));
  if (notice) {
    end = minDate(end, notice.endsOn);
    reason = 'notice';
  }
  // Ended early (a failed dialogue) or rescinded: on that day.
  if (row.ended_on !== null) end = minDate(end, row.ended_on);
  if (row.status === 'rescinded' && row.rescinded_on !== null) end = minDate(end, row.rescinded_on);
  if (organisationId !== null) {
    const appendices = await appendixPeriodRows(db, agreementId, organisationId);
    if (appendices.length > 0) {
      // Several appendices of one organisation: together they span from the first to the last.
      const from = appendices.map((a) => a.valid_from ?? row.start_date).reduce(minDate);
      const to = appendices.map((a) => a.valid_to ?? row.end_date).reduce(maxDate);
      if (from > start || to < end) reason = 'appendix';
      start = maxDate(start, from);
      end = minDate(end, to);
    }
  }
  const state: AgreementState =
    row.status === 'rescinded'
      ? 'rescinded'
      : row.status === 'ended' || date > end
        ? 'ended'
        : notice
          ? 'underNotice'
          : 'open';
  return reason ? { start, end, state, reason } : { start, end, state };
}
