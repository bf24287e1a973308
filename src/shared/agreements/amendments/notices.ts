// Notice (uppsägning) of the whole agreement or of one party leaving: when it
// ends, how running groups hold it open, and what must hold before it is given
// or withdrawn. A notice binds once given: it is withdrawn only with the other
// parties' agreement (recorded), or undone the same day when entered by mistake.
import { addMonths, maxDate, minDate, type IsoDate } from '../../dates';
import type { AgreementData } from '../model';
import type { NoticeRecord, NoticeScope } from './model';

export type Problems = Record<string, string>;

/** The end of the notice period: months after it was given (0 = at once), never past the agreed end. */
export function noticePeriodEnd(givenOn: IsoDate, months: number | null, agreedEnd: IsoDate): IsoDate {
  return minDate(agreedEnd, months === null ? agreedEnd : addMonths(givenOn, months));
}

export interface HoldingGroup {
  groupId: number;
  name: string;
  startDate: IsoDate;
  lastSessionDate: IsoDate | null;
}

/** Groups already started when notice was given hold the end open until their last session. */
export function groupsHolding(
  groups: readonly HoldingGroup[],
  givenOn: IsoDate,
  periodEnd: IsoDate,
): HoldingGroup[] {
  return groups.filter(
    (g) => g.startDate <= givenOn && g.lastSessionDate !== null && g.lastSessionDate > periodEnd,
  );
}

/** The later of the notice period's end and the last session of the groups it waits for. */
export function heldOpenEnd(periodEnd: IsoDate, holding: readonly HoldingGroup[]): IsoDate {
  return holding.reduce((end, g) => maxDate(end, g.lastSessionDate ?? end), periodEnd);
}

export const activeNotices = (notices: readonly NoticeRecord[]) =>
  notices.filter((n) => n.withdrawal === null);

/** Whether the parties left would still include a public and a non-profit party. */
export function keepsPartyRules(data: Pick<AgreementData, 'parties'>, leaving: ReadonlySet<number>): boolean {
  const left = data.parties.filter((p) => !leaving.has(p.organisationId));
  return left.some((p) => p.role === 'public') && left.some((p) => p.role === 'nonprofit');
}

export interface NoticeRequest {
  scope: NoticeScope;
  organisationId: number;
  givenOn: IsoDate;
}

export function noticeProblems(
  view: AgreementData,
  notices: readonly NoticeRecord[],
  request: NoticeRequest,
  today: IsoDate,
): Problems {
  const problems: Problems = {};
  const active = activeNotices(notices);
  if (view.notice.months === null) problems['notice.months'] = 'agreements.noNoticeTerms';
  if (!view.parties.some((p) => p.organisationId === request.organisationId))
    problems['notice.byOrganisationId'] = 'agreements.notAParty';
  if (request.givenOn > today) problems['notice.givenOn'] = 'agreements.dateInFuture';
  if (request.givenOn < view.period.start) problems['notice.givenOn'] = 'agreements.beforeStart';
  if (active.some((n) => n.scope === 'agreement')) problems.notice = 'agreements.alreadyUnderNotice';
  if (request.scope === 'party') {
    if (active.some((n) => n.scope === 'party' && n.organisationId === request.organisationId))
      problems.notice = 'agreements.alreadyUnderNotice';
    const leaving = new Set([
      request.organisationId,
      ...active.filter((n) => n.scope === 'party').map((n) => n.organisationId),
    ]);
    if (!problems['notice.byOrganisationId'] && !keepsPartyRules(view, leaving))
      problems['notice.byOrganisationId'] = 'agreements.leavingBreaksPartyRules';
  }
  return problems;
}

export type WithdrawalKind = 'agreed' | 'mistake';

export function withdrawalProblems(
  notice: NoticeRecord,
  kind: WithdrawalKind,
  note: string,
  recordedOnDay: IsoDate,
  today: IsoDate,
): Problems {
  if (notice.withdrawal !== null) return { notice: 'agreements.noticeAlreadyWithdrawn' };
  const problems: Problems = {};
  if (note.trim() === '')
    problems.note = kind === 'agreed' ? 'agreements.withdrawalNeedsAgreement' : 'field.required';
  if (kind === 'mistake' && recordedOnDay !== today) problems.kind = 'agreements.undoOnlySameDay';
  return problems;
}
