// The agreement response's account of its life after the decision: the
// amendments with their changes in words and what blocks their next step,
// notices with the day they end and the groups holding them open, extension
// decisions, and the dates the agreement in force changed.
import { latestExtendedEnd } from '../../../shared/agreements/amendments/rules';
import type { LifeDates } from '../../../shared/agreements/amendments/calendar-in-force';
import { diffAgreements } from '../../../shared/agreements/diff';
import { swedishDay, type IsoDate } from '../../../shared/dates';
import type { AgreementData } from '../../../shared/agreements/model';
import type { Agreement, RequirementChecklist } from '../../../shared/ipc/agreements';
import type { AgreementLife, NoticeEnd } from './agreement-life';
import { amendmentState } from './amendment-checks';

/** Contact persons are not terms; signatories' names are personal data a viewer does not get. */
const forDiff = (data: AgreementData, redact: boolean): AgreementData => ({
  ...data,
  parties: data.parties.map((p) => ({
    ...p,
    contacts: [],
    signatory: redact ? { name: '', title: p.signatory.title } : p.signatory,
  })),
  governanceBodies: data.governanceBodies.map((b) => ({ ...b, members: [] })),
});

export function lifeDates(life: AgreementLife): LifeDates {
  return {
    latestExtendedEnd: latestExtendedEnd(life.original),
    decidedEnds: new Set(life.extensionDecisions.map((d) => d.forEnd)),
  };
}

export function lifeView(
  life: AgreementLife,
  current: AgreementData,
  options: { asOf: IsoDate; today: IsoDate; redact: boolean; nameOf: (id: number) => string },
  checklists: readonly RequirementChecklist[],
): Agreement['life'] {
  const ends = new Map<number, NoticeEnd>(
    [life.agreementNotice, ...life.partyNotices].filter((n) => n !== null).map((n) => [n.notice.id, n]),
  );
  return {
    asOf: options.asOf,
    amendments: life.amendments.map((a) => {
      const state = amendmentState(life, current, a);
      return {
        id: a.id,
        number: a.number,
        registrationNumber: a.registrationNumber,
        reason: a.reason,
        effectiveFrom: a.effectiveFrom,
        status: a.status,
        decider: a.decider,
        sections: Object.keys(a.changes.after) as Agreement['life']['amendments'][number]['sections'],
        diff: diffAgreements(
          forDiff(state.before, options.redact),
          forDiff(state.after, options.redact),
          options.nameOf,
        ).filter((d) => d.status !== 'unchanged'),
        concerned: a.concerned,
        acceptedTerms: a.acceptedTerms,
        joining: state.joining,
        decision: a.decision,
        signatures: a.signatures.map((s) => (options.redact ? { ...s, name: '' } : s)),
        unsigned: state.unsigned,
        recordedSignedBy: options.redact && a.recordedSignedBy !== null ? '–' : a.recordedSignedBy,
        inForceAt: a.inForceAt,
        problems: state.problems,
        warnings: state.joining.flatMap((organisationId) => {
          const gaps = checklists.find((c) => c.organisationId === organisationId)?.gaps ?? [];
          return gaps.length > 0 ? [{ organisationId, requirements: gaps }] : [];
        }),
      };
    }),
    notices: life.notices.map((n) => {
      const end = ends.get(n.id);
      return {
        id: n.id,
        scope: n.scope,
        organisationId: n.organisationId,
        givenOn: n.givenOn,
        months: n.months,
        ongoingInterventions: n.ongoingInterventions,
        withdrawal: n.withdrawal,
        recordedAt: n.recordedAt,
        periodEnd: end?.periodEnd ?? null,
        endsOn: end?.endsOn ?? null,
        holding: end?.holding ?? [],
        undoable: n.withdrawal === null && swedishDay(new Date(n.recordedAt)) === options.today,
      };
    }),
    extensionDecisions: life.extensionDecisions,
    originalEnd: life.original.period.end,
    latestExtendedEnd: latestExtendedEnd(life.original),
    changeDates: life.segments.map((s) => s.from).filter((d) => d !== ''),
  };
}
