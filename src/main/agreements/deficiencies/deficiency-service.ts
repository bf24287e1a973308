// Deficiencies (brister): recorded against a party while the agreement binds
// the parties, with a remedy deadline; later marked remedied or not remedied.
// A record of its own: a rescission rests on one, and the follow-up (dialogue,
// action plan) builds on it.
import {
  deficiencyProblems,
  outcomeProblems,
  recordsBreaches,
  type DeficiencyOutcome,
} from '../../../shared/agreements/deficiencies';
import type { Deficiency } from '../../../shared/ipc/agreements/deficiencies';
import { AppFailure } from '../../base/app-error';
import { mustRedact, nowIso, today, type ServiceContext } from '../../context/service-context';
import type { ReadDb } from '../../db/handles';
import { requireAgreementRow } from '../agreement-service';
import { loadData } from '../agreement-view';
import {
  deficiencyFactsOf,
  deficiencyRows,
  insertDeficiency,
  updateDeficiency,
} from './deficiency-repository';

export async function listDeficiencies(
  ctx: ServiceContext<ReadDb>,
  agreementId: number,
): Promise<Deficiency[]> {
  await requireAgreementRow(ctx, agreementId);
  const rows = await deficiencyRows(ctx.db, agreementId);
  return rows.map((r) => ({
    id: r.id,
    organisationId: r.organisation_id,
    description: r.description,
    foundOn: r.found_on,
    remedyBy: r.remedy_by,
    outcome: r.outcome,
    outcomeOn: r.outcome_on,
    outcomeNote: r.outcome_note,
    groundsRescission: r.rescission_deficiency_id === r.id,
    recordedBy: mustRedact(ctx) ? null : r.recorded_by_name,
    recordedAt: r.recorded_at,
  }));
}

export async function recordDeficiency(
  ctx: ServiceContext,
  input: {
    agreementId: number;
    organisationId: number;
    description: string;
    foundOn: string;
    remedyBy: string;
  },
): Promise<Deficiency[]> {
  const row = await requireAgreementRow(ctx, input.agreementId);
  if (!recordsBreaches(row.status)) throw new AppFailure('agreements.notInForce');
  const problems = deficiencyProblems(await loadData(ctx.db, row), input, today(ctx));
  if (Object.keys(problems).length > 0) throw new AppFailure('validation', { fields: problems });
  const now = nowIso(ctx);
  await insertDeficiency(ctx.db, {
    agreement_id: row.id,
    organisation_id: input.organisationId,
    description: input.description,
    found_on: input.foundOn,
    remedy_by: input.remedyBy,
    outcome: 'open',
    outcome_on: null,
    outcome_note: '',
    recorded_by_user_id: ctx.user.id,
    recorded_at: now,
    updated_by_user_id: ctx.user.id,
    updated_at: now,
  });
  return listDeficiencies(ctx, row.id);
}

export async function setDeficiencyOutcome(
  ctx: ServiceContext,
  input: {
    agreementId: number;
    deficiencyId: number;
    outcome: DeficiencyOutcome;
    date: string | null;
    note: string;
  },
): Promise<Deficiency[]> {
  await requireAgreementRow(ctx, input.agreementId);
  const row = (await deficiencyRows(ctx.db, input.agreementId)).find((d) => d.id === input.deficiencyId);
  if (!row) throw new AppFailure('notFound');
  if (row.rescission_deficiency_id === row.id) throw new AppFailure('deficiencies.groundsRescission');
  const problems = outcomeProblems(deficiencyFactsOf(row), input, today(ctx));
  if (Object.keys(problems).length > 0) throw new AppFailure('validation', { fields: problems });
  const open = input.outcome === 'open';
  await updateDeficiency(ctx.db, row.agreement_id, row.id, {
    outcome: input.outcome,
    outcome_on: open ? null : input.date,
    outcome_note: open ? '' : input.note,
    updated_by_user_id: ctx.user.id,
    updated_at: nowIso(ctx),
  });
  return listDeficiencies(ctx, row.agreement_id);
}
