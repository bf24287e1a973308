// Deficiencies as the calendars and lists need them: each step's facts, and
// the deadlines (action plans, follow-ups) per agreement.
import {
  deficiencyDeadlines,
  type DeficiencyDeadline,
  type DeficiencyStepFacts,
} from '../../../shared/agreements/deficiency-process';
import type { DeficiencyOutcome } from '../../../shared/agreements/deficiencies';
import type { ReadDb } from '../../db/handles';
import type { AgreementDeficiencyStepTable } from '../../db/schema/agreement-deficiency-tables';
import { deficiencyRows, deficiencyStepRows, openDeficiencyRows } from './deficiency-repository';
import type { Selectable } from 'kysely';

export const stepFactsOf = (row: Selectable<AgreementDeficiencyStepTable>): DeficiencyStepFacts => ({
  kind: row.kind,
  date: row.taken_on,
  deadline: row.deadline,
  responsibleOrganisationId: row.responsible_organisation_id,
  followUpBy: row.follow_up_by,
  result: row.result,
  decision: row.decision,
});

interface DeficiencyHead {
  id: number;
  agreement_id: number;
  organisation_id: number;
  outcome: DeficiencyOutcome;
}

function deadlinesByAgreement(
  deficiencies: readonly DeficiencyHead[],
  steps: readonly Selectable<AgreementDeficiencyStepTable>[],
): Map<number, DeficiencyDeadline[]> {
  const stepsOf = new Map<number, DeficiencyStepFacts[]>();
  for (const s of steps) {
    const list = stepsOf.get(s.deficiency_id);
    if (list) list.push(stepFactsOf(s));
    else stepsOf.set(s.deficiency_id, [stepFactsOf(s)]);
  }
  const out = new Map<number, DeficiencyDeadline[]>();
  for (const d of deficiencies) {
    const mine = stepsOf.get(d.id);
    if (!mine) continue;
    const items = deficiencyDeadlines(
      { id: d.id, organisationId: d.organisation_id, outcome: d.outcome },
      mine,
    );
    out.set(d.agreement_id, [...(out.get(d.agreement_id) ?? []), ...items]);
  }
  return out;
}

/** The deadlines of one agreement's deficiencies, met or not (its own calendar shows both). */
export async function agreementDeficiencyDeadlines(
  db: ReadDb,
  agreementId: number,
): Promise<DeficiencyDeadline[]> {
  const [deficiencies, steps] = await Promise.all([
    deficiencyRows(db, agreementId),
    deficiencyStepRows(db, agreementId),
  ]);
  return deadlinesByAgreement(deficiencies, steps).get(agreementId) ?? [];
}

/** The deadlines of every open deficiency, by agreement (Översikt reads them all at once). */
export async function openDeficiencyDeadlines(db: ReadDb): Promise<Map<number, DeficiencyDeadline[]>> {
  const { deficiencies, steps } = await openDeficiencyRows(db);
  return deadlinesByAgreement(deficiencies, steps);
}
