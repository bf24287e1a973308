// Where an agreement (or, in an umbrella, one organisation's appendix) stands
// on a date: the period in force and whether new work may start under it.
// Groups and their sessions are planned only inside `start`–`end` and only
// while the state is `open`; L reads the same answer for notices.
import { effectiveEnd } from '../../shared/agreements/lifecycle';
import { maxDate, minDate, type IsoDate } from '../../shared/dates';
import { AppFailure } from '../base/app-error';
import type { ReadDb } from '../db/handles';
import { getAgreementRow } from './agreement-repository';
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
  const noticeGiven =
    row.notice_given_on === null
      ? null
      : {
          givenOn: row.notice_given_on,
          byOrganisationId: row.notice_by_organisation_id ?? 0,
          ongoingInterventions: row.notice_ongoing_interventions ?? '',
        };
  let start = row.start_date;
  let end = effectiveEnd(
    {
      period: { start: row.start_date, end: row.end_date, fundsCondition: row.funds_condition === 1 },
      notice: { months: row.notice_months, writtenNoticeTo: row.notice_written_to },
    },
    noticeGiven,
  );
  // A rescission ends the agreement on the day it is recorded for.
  if (row.status === 'rescinded' && row.rescinded_on !== null) end = minDate(end, row.rescinded_on);
  let reason: AgreementStanding['reason'] = end < row.end_date && noticeGiven ? 'notice' : undefined;
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
        : row.status === 'terminated'
          ? 'underNotice'
          : 'open';
  return reason ? { start, end, state, reason } : { start, end, state };
}
