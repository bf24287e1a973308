// Builds what `agreements:get` returns: the saved data and lifecycle, with the
// party organisations, the requirement checklists of the non-profit parties,
// and everything derived (calendar, payment schedule and balances, extra
// income). For a viewer, personal data is taken out.
import { withoutParties } from '../../shared/agreements/amendments/apply';
import { calendarInForce, scheduleInForce } from '../../shared/agreements/amendments/calendar-in-force';
import { viewOn } from '../../shared/agreements/amendments/in-force';
import { extraIncome } from '../../shared/agreements/economy';
import { fundsYearStatuses, unconfirmedYears } from '../../shared/agreements/funds';
import { decisiveDecision } from '../../shared/agreements/decisions';
import type { AgreementData, LifecycleData } from '../../shared/agreements/model';
import { comparePayments } from '../../shared/agreements/payments';
import type { Agreement, RequirementChecklist } from '../../shared/ipc/agreements';
import { organisationRequirements } from '../../shared/organisations/requirements';
import type { ReadDb } from '../db/handles';
import { parseStringList, rescissionOf, type AgreementRow } from './agreement-columns';
import { readData } from './agreement-lists/read-lists';
import {
  completionRows,
  meetingRows,
  organisationsByIds,
  paymentRows,
  requirementRowsFor,
  revisionCount,
  signatureRows,
  statusChanges,
} from './agreement-repository';
import { agreementNoticeOf, loadLife, type AgreementLife } from './amendments/agreement-life';
import { amendmentState } from './amendments/amendment-checks';
import { lifeView, lifeDates } from './amendments/life-view';
import { decisionsOf } from './decisions/decision-repository';
import { agreementDeficiencyDeadlines } from './deficiencies/deficiency-view';
import { extraIncomeCounts } from './extra-income';
import { readFundsConfirmations } from './funds-confirmations/funds-view';

export async function loadData(db: ReadDb, row: AgreementRow): Promise<AgreementData> {
  const data = (await readData(db, [row])).get(row.id);
  if (!data) throw new Error('agreement data missing');
  return data;
}

/** The lifecycle as recorded; the notice of the whole agreement in force comes from `life` or its table. */
export async function lifecycleOf(
  db: ReadDb,
  row: AgreementRow,
  life?: Pick<AgreementLife, 'agreementNotice'>,
): Promise<LifecycleData> {
  const signatures = await signatureRows(db, row.id);
  const notice = life ? (life.agreementNotice?.notice ?? null) : await agreementNoticeOf(db, row.id);
  const decided = row.status !== 'draft' && row.status !== 'forDecision';
  return {
    status: row.status,
    /** The decision that made it beslutad: the last of its boards'. */
    decision: decided ? decisiveDecision(await decisionsOf(db, row.id)) : null,
    signatures: signatures.map((s) => ({
      organisationId: s.organisation_id,
      name: s.name,
      title: s.title,
      place: s.place,
      date: s.signed_on,
    })),
    noticeGiven: notice && {
      givenOn: notice.givenOn,
      byOrganisationId: notice.organisationId,
      ongoingInterventions: notice.ongoingInterventions,
    },
    rescission: rescissionOf(row),
  };
}

/** Every organisation the data refers to (parties first). */
export function referencedOrganisations(data: AgreementData): number[] {
  return [
    ...data.parties.map((p) => p.organisationId),
    ...data.economy.years.flatMap((y) =>
      y.funding.flatMap((f) => [f.payerOrganisationId, f.recipientOrganisationId ?? 0]),
    ),
  ].filter((id) => id > 0);
}

export async function checklistsFor(
  db: ReadDb,
  data: Pick<AgreementData, 'parties'>,
): Promise<RequirementChecklist[]> {
  const nonprofits = data.parties.filter((p) => p.role === 'nonprofit').map((p) => p.organisationId);
  const rows = await requirementRowsFor(db, nonprofits);
  return nonprofits.map((organisationId) => {
    const mine = rows.filter((r) => r.organisation_id === organisationId);
    const items = organisationRequirements.map((requirement) => {
      const r = mine.find((m) => m.requirement === requirement);
      return {
        requirement,
        status: r?.status ?? 'unknown',
        comment: r?.comment ?? '',
        checkedOn: r?.checked_on ?? null,
      };
    });
    return { organisationId, items, gaps: items.filter((i) => i.status !== 'met').map((i) => i.requirement) };
  });
}

/** Contact persons, signatories, members, meeting attendees and names of staff removed. */
function redactData(data: AgreementData): AgreementData {
  return {
    ...data,
    parties: data.parties.map((p) => ({
      ...p,
      contacts: [],
      signatory: { name: '', title: p.signatory.title },
    })),
    governanceBodies: data.governanceBodies.map((b) => ({ ...b, members: [] })),
    memo: { ...data.memo, caseworker: '' },
  };
}

export async function buildAgreement(
  db: ReadDb,
  row: AgreementRow,
  options: { today: string; redact: boolean; asOf?: string },
): Promise<Agreement> {
  const current = await loadData(db, row);
  const life = await loadLife(db, row.id, current);
  const lifecycle = await lifecycleOf(db, row, life);
  const asOf = options.asOf ?? options.today;
  // Shown: as in force on the date asked for, or today's terms with every amendment in force.
  const data = options.asOf
    ? viewOn(life.segments, options.asOf)
    : withoutParties(
        current,
        new Set(life.exits.filter((e) => e.endsOn < asOf).map((e) => e.organisationId)),
      );
  // Ended early (a failed dialogue) ends it that day; a notice ends it when its period and groups allow.
  const end = row.ended_on ?? life.agreementNotice?.endsOn ?? current.period.end;
  const [
    organisations,
    checklists,
    payments,
    meetings,
    completions,
    counts,
    history,
    revisions,
    funds,
    decisions,
    deficiencyDeadlines,
  ] = await Promise.all([
    organisationsByIds(db, [
      ...referencedOrganisations(current),
      ...referencedOrganisations(life.original),
      ...life.amendments.flatMap((a) => a.changes.after.parties ?? []).map((p) => p.organisationId),
    ]),
    checklistsFor(db, {
      parties: [...current.parties, ...life.amendments.flatMap((a) => a.changes.after.parties ?? [])].filter(
        (p, i, all) => all.findIndex((q) => q.organisationId === p.organisationId) === i,
      ),
    }),
    paymentRows(db, [row.id]),
    meetingRows(db, [row.id]),
    completionRows(db, [row.id]),
    extraIncomeCounts(db, row.id),
    statusChanges(db, row.id),
    revisionCount(db, row.id),
    readFundsConfirmations(db, row.id, options.redact),
    decisionsOf(db, row.id),
    agreementDeficiencyDeadlines(db, row.id),
  ]);
  const actuals = payments.map((p) => ({
    date: p.paid_on,
    kind: p.kind,
    payerOrganisationId: p.payer_organisation_id,
    recipientOrganisationId: p.recipient_organisation_id,
    amount: p.amount,
  }));
  const completed = new Set(completions.map((c) => c.item_key));
  const fundsConfirmed = new Set(funds.map((f) => f.year));
  const calendar = calendarInForce(
    life.segments,
    {
      lifecycle,
      meetings: meetings.map((m) => ({ bodyKey: m.body_key, date: m.held_on })),
      completed,
      actuals,
      end,
      fundsConfirmed,
      deficiencyDeadlines,
    },
    lifeDates(life),
    options.today,
  );
  const schedule = scheduleInForce(life.segments).filter((i) => i.dueDate <= end);
  const compared = comparePayments(
    schedule,
    actuals,
    options.today,
    unconfirmedYears(current.period, fundsConfirmed, end),
  );
  const income = extraIncome(data.economy, counts);
  const redact = options.redact;
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    data: redact ? redactData(data) : data,
    decision: lifecycle.decision,
    decisions,
    signatures: lifecycle.signatures.map((s) => (redact ? { ...s, name: '' } : s)),
    noticeGiven: lifecycle.noticeGiven,
    rescission: lifecycle.rescission,
    effectiveEnd: end,
    organisations: [...organisations.values()],
    // The requirement checklists of the parties shown (and of organisations joining by an amendment not yet in force).
    checklists: checklists.filter(
      (c) =>
        data.parties.some((p) => p.organisationId === c.organisationId) ||
        (!options.asOf &&
          life.amendments.some(
            (a) =>
              a.status !== 'inForce' &&
              a.changes.after.parties?.some((p) => p.organisationId === c.organisationId),
          )),
    ),
    calendar,
    instalments: compared.instalments,
    balances: compared.balances,
    payments: payments.map((p) => ({
      id: p.id,
      date: p.paid_on,
      kind: p.kind,
      payerOrganisationId: p.payer_organisation_id,
      recipientOrganisationId: p.recipient_organisation_id,
      amount: p.amount,
      reference: p.reference,
      note: p.note,
      recordedBy: redact ? null : p.recorded_by_name,
      recordedAt: p.recorded_at,
    })),
    fundsYears: fundsYearStatuses(data.period, end, funds, options.today),
    meetings: meetings.map((m) => ({
      id: m.id,
      bodyKey: m.body_key,
      date: m.held_on,
      attendees: redact ? [] : parseStringList(m.attendees),
      decisions: parseStringList(m.decisions),
      minutesReference: m.minutes_reference,
    })),
    completed: [...completed],
    extraIncome: { counts, children: income.children, amount: income.amount },
    life: lifeView(
      life,
      current,
      { asOf, today: options.today, redact, nameOf: (id) => organisations.get(id)?.name ?? '–' },
      checklists,
    ),
    amendmentDrafts: redact
      ? []
      : life.amendments
          .filter((a) => a.status === 'draft')
          .map((a) => ({ amendmentId: a.id, data: amendmentState(life, current, a).after })),
    statusHistory: history.map((h) => ({
      from: h.from_status,
      to: h.to_status,
      at: h.at,
      by: redact ? null : h.display_name,
    })),
    revisionCount: revisions,
    redacted: redact,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
