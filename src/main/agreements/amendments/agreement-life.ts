// An agreement's life after the decision, read together: its amendments, the
// data before the first one, notices with the groups that hold them open,
// extension decisions, and the views in force over time.
import { withStructuredCommitments } from '../../../shared/agreements/commitments/commitment';
import { segmentsOf, type PartyExit, type Segment } from '../../../shared/agreements/amendments/in-force';
import type { Amendment, ExtensionDecision, NoticeRecord } from '../../../shared/agreements/amendments/model';
import {
  activeNotices,
  groupsHolding,
  heldOpenEnd,
  noticePeriodEnd,
  type HoldingGroup,
} from '../../../shared/agreements/amendments/notices';
import type { IsoDate } from '../../../shared/dates';
import type { AgreementData } from '../../../shared/agreements/model';
import type { ReadDb } from '../../db/handles';
import { groupsHoldingOpen } from '../groups-holding-repository';
import { amendmentOf, extensionDecisionOf, noticeOf } from './amendment-records';
import {
  amendmentRows,
  amendmentSignatureRows,
  extensionDecisionRows,
  noticeRows,
  originalSnapshot,
} from './amendment-repository';

/** A notice in force, with the day it ends and the groups holding it open. */
export interface NoticeEnd {
  notice: NoticeRecord;
  periodEnd: IsoDate;
  endsOn: IsoDate;
  holding: HoldingGroup[];
}

export interface AgreementLife {
  original: AgreementData;
  amendments: Amendment[];
  notices: NoticeRecord[];
  extensionDecisions: ExtensionDecision[];
  /** The notice of the whole agreement in force, if any. */
  agreementNotice: NoticeEnd | null;
  /** Parties leaving by their own notice. */
  partyNotices: NoticeEnd[];
  exits: PartyExit[];
  segments: Segment[];
}

export async function loadAmendments(db: ReadDb, agreementId: number): Promise<Amendment[]> {
  const rows = await amendmentRows(db, [agreementId]);
  const signatures = await amendmentSignatureRows(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) =>
    amendmentOf(
      r,
      signatures.filter((s) => s.amendment_id === r.id),
    ),
  );
}

/** The notice of the whole agreement in force, if any. */
export async function agreementNoticeOf(db: ReadDb, agreementId: number): Promise<NoticeRecord | null> {
  const rows = await noticeRows(db, [agreementId]);
  return activeNotices(rows.map(noticeOf)).find((n) => n.scope === 'agreement') ?? null;
}

async function noticeEnd(
  db: ReadDb,
  agreementId: number,
  notice: NoticeRecord,
  agreedEnd: IsoDate,
): Promise<NoticeEnd> {
  const periodEnd = noticePeriodEnd(notice.givenOn, notice.months, agreedEnd);
  const groups = await groupsHoldingOpen(
    db,
    agreementId,
    notice.scope === 'party' ? notice.organisationId : null,
    notice.givenOn,
  );
  const holding = groupsHolding(groups, notice.givenOn, periodEnd);
  return { notice, periodEnd, endsOn: heldOpenEnd(periodEnd, holding), holding };
}

export async function loadLife(
  db: ReadDb,
  agreementId: number,
  current: AgreementData,
): Promise<AgreementLife> {
  const [amendments, snapshot, notices, decisions] = await Promise.all([
    loadAmendments(db, agreementId),
    originalSnapshot(db, agreementId),
    noticeRows(db, [agreementId]),
    extensionDecisionRows(db, [agreementId]),
  ]);
  const original = snapshot === null ? current : withStructuredCommitments(JSON.parse(snapshot) as AgreementData);
  const records = notices.map(noticeOf);
  const active = activeNotices(records);
  const whole = active.find((n) => n.scope === 'agreement');
  const agreementNotice = whole ? await noticeEnd(db, agreementId, whole, current.period.end) : null;
  const partyNotices = await Promise.all(
    active.filter((n) => n.scope === 'party').map((n) => noticeEnd(db, agreementId, n, current.period.end)),
  );
  const exits = partyNotices.map((p) => ({ organisationId: p.notice.organisationId, endsOn: p.endsOn }));
  return {
    original,
    amendments,
    notices: records,
    extensionDecisions: decisions.map(extensionDecisionOf),
    agreementNotice,
    partyNotices,
    exits,
    segments: segmentsOf({ original, current, amendments, exits }),
  };
}
