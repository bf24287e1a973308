// Amendments (tilläggsavtal): drafted against today's terms, decided by the
// board or under delegation, signed by every party concerned, and only then
// put in force, which writes the new terms. Refusals name the rule broken and
// change nothing.
import { applyChanges, changedSections, withoutParties } from '../../../shared/agreements/amendments/apply';
import { amendableSections, type AmendableSection, type SectionValues } from '../../../shared/agreements/amendments/model';
import type { Problems } from '../../../shared/agreements/amendments/notices';
import {
  acceptsAmendments,
  addedParties,
  amendmentProblems,
  decisionOfAmendmentProblems,
  type AmendmentTransition,
} from '../../../shared/agreements/amendments/rules';
import { extensionDecisionDate } from '../../../shared/agreements/calendar';
import type { AgreementData, Signature } from '../../../shared/agreements/model';
import { validateAgreement } from '../../../shared/agreements/validation';
import { errorCodes, type ErrorCode } from '../../../shared/error-codes';
import type { Agreement } from '../../../shared/ipc/agreements';
import { AppFailure } from '../../base/app-error';
import { today, type ServiceContext } from '../../context/service-context';
import type { AgreementRow } from '../agreement-columns';
import { organisationsByIds, updateAgreementRow } from '../agreement-repository';
import { getAgreement, requireAgreementRow, storeTerms } from '../agreement-service';
import { loadData, referencedOrganisations } from '../agreement-view';
import { loadLife, type AgreementLife } from './agreement-life';
import { amendmentState, latestInForce } from './amendment-checks';
import {
  deleteAmendmentRow,
  insertAmendment,
  insertExtensionDecision,
  keepOriginal,
  nextAmendmentNumber,
  updateAmendmentRow,
  upsertAmendmentSignature,
} from './amendment-repository';

/** The first problem that is an error code of its own names the refusal; the fields list them all. */
export function refuse(problems: Problems, fallback: ErrorCode = 'validation'): never {
  const codes = errorCodes as readonly string[];
  const code = Object.values(problems).find((k) => codes.includes(k)) as ErrorCode | undefined;
  throw new AppFailure(code ?? fallback, { fields: problems });
}

export interface Opened {
  row: AgreementRow;
  current: AgreementData;
  life: AgreementLife;
}

/** The agreement at `version`, open for amendments, with its terms and life. */
export async function openForChange(ctx: ServiceContext, id: number, version: number): Promise<Opened> {
  const row = await requireAgreementRow(ctx, id);
  if (row.version !== version) throw new AppFailure('conflict');
  if (!acceptsAmendments(row.status)) throw new AppFailure('amendments.agreementNotOpen');
  const current = await loadData(ctx.db, row);
  return { row, current, life: await loadLife(ctx.db, row.id, current) };
}

export async function touch(ctx: ServiceContext, row: AgreementRow) {
  await updateAgreementRow(ctx.db, row.id, {
    version: row.version + 1,
    updated_at: ctx.clock.now().toISOString(),
    updated_by_user_id: ctx.user.id,
  });
}

function findAmendment(life: AgreementLife, amendmentId: number) {
  const amendment = life.amendments.find((a) => a.id === amendmentId);
  if (!amendment) throw new AppFailure('notFound');
  return amendment;
}

const prefixed = (prefix: string, problems: Problems) =>
  Object.fromEntries(Object.entries(problems).map(([k, v]) => [`${prefix}.${k}`, v]));

export interface AmendmentDraftInput {
  id: number;
  version: number;
  amendmentId: number | null;
  amendment: {
    registrationNumber: string;
    reason: string;
    effectiveFrom: string;
    decider: 'board' | 'delegation';
    concerned: number[];
    acceptedTerms: number[];
  };
  data: AgreementData;
}

export async function saveAmendment(ctx: ServiceContext, input: AmendmentDraftInput): Promise<Agreement> {
  const { row, current, life } = await openForChange(ctx, input.id, input.version);
  const existing = input.amendmentId === null ? null : findAmendment(life, input.amendmentId);
  if (existing && existing.status !== 'draft') throw new AppFailure('amendments.notDraft');
  // Only the terms come from the input; the registration number, criteria and memo stay as decided.
  // The input was written against the agreement as shown today, without the parties that have left:
  // a section left as shown keeps today's stored terms (the leaving party's part ends by its notice).
  const day = today(ctx);
  const shown = withoutParties(current, new Set(life.exits.filter((e) => e.endsOn < day).map((e) => e.organisationId)));
  const asShown = (k: AmendableSection) => JSON.stringify(shown[k]) === JSON.stringify(input.data[k]);
  const terms = Object.fromEntries(
    amendableSections.map((k) => [k, asShown(k) ? current[k] : input.data[k]]),
  ) as SectionValues;
  const after = applyChanges(current, terms);
  const organisations = await organisationsByIds(ctx.db, referencedOrganisations(after));
  const invalid = validateAgreement(after, (id) => organisations.get(id)?.kind);
  if (Object.keys(invalid).length > 0) refuse(prefixed('data', invalid));
  const changes = changedSections(current, after);
  const draft = input.amendment;
  const problems = amendmentProblems({
    original: life.original,
    before: current,
    after,
    changes,
    effectiveFrom: draft.effectiveFrom,
    concerned: draft.concerned,
    latestInForce: latestInForce(life.amendments),
  });
  for (const id of draft.concerned)
    if (
      !current.parties.some((p) => p.organisationId === id) &&
      !after.parties.some((p) => p.organisationId === id)
    )
      problems.concerned = 'agreements.notAParty';
  if (Object.keys(problems).length > 0) refuse(problems);

  const now = ctx.clock.now().toISOString();
  const joining = addedParties(current, after);
  const values = {
    registration_number: draft.registrationNumber,
    reason: draft.reason,
    effective_from: draft.effectiveFrom,
    decider: draft.decider,
    changes: JSON.stringify(changes),
    concerned: JSON.stringify([...new Set(draft.concerned)]),
    accepted_terms: JSON.stringify(draft.acceptedTerms.filter((id) => joining.includes(id))),
    updated_at: now,
    updated_by_user_id: ctx.user.id,
  };
  if (existing) await updateAmendmentRow(ctx.db, existing.id, { ...values, version: existing.version + 1 });
  else
    await insertAmendment(ctx.db, {
      ...values,
      agreement_id: row.id,
      number: await nextAmendmentNumber(ctx.db, row.id),
      status: 'draft',
      created_at: now,
      created_by_user_id: ctx.user.id,
    });
  await touch(ctx, row);
  return getAgreement(ctx, row.id);
}

export async function deleteAmendment(
  ctx: ServiceContext,
  input: { id: number; version: number; amendmentId: number },
): Promise<Agreement> {
  const { row, life } = await openForChange(ctx, input.id, input.version);
  const amendment = findAmendment(life, input.amendmentId);
  if (amendment.status !== 'draft') throw new AppFailure('amendments.notDraft');
  await deleteAmendmentRow(ctx.db, amendment.id);
  await touch(ctx, row);
  return getAgreement(ctx, row.id);
}

export async function transitionAmendment(
  ctx: ServiceContext,
  input: { id: number; version: number; amendmentId: number; request: AmendmentTransition },
): Promise<Agreement> {
  const { row, current, life } = await openForChange(ctx, input.id, input.version);
  const amendment = findAmendment(life, input.amendmentId);
  const state = amendmentState(life, current, amendment);
  const now = ctx.clock.now().toISOString();
  const request = input.request;
  if (request.to === 'decided') {
    if (amendment.status !== 'draft') throw new AppFailure('amendments.transitionNotAllowed');
    const problems = {
      ...state.problems,
      ...prefixed(
        'request',
        decisionOfAmendmentProblems(request.decision, state.joining, amendment.acceptedTerms, today(ctx)),
      ),
    };
    if (Object.keys(problems).length > 0) refuse(problems, 'agreements.transitionBlocked');
    await updateAmendmentRow(ctx.db, amendment.id, {
      status: 'decided',
      decision_body: request.decision.body,
      decision_date: request.decision.date,
      decision_paragraph: request.decision.paragraph,
      updated_at: now,
      updated_by_user_id: ctx.user.id,
    });
    if (state.after.period.end > current.period.end) {
      await insertExtensionDecision(ctx.db, {
        agreement_id: row.id,
        for_end: current.period.end,
        due_by: extensionDecisionDate(current),
        decided_on: request.decision.date,
        outcome: 'extend',
        new_end: state.after.period.end,
        amendment_id: amendment.id,
        note: amendment.reason,
        recorded_by_user_id: ctx.user.id,
        recorded_at: now,
      });
    }
  } else {
    if (amendment.status !== 'signed') throw new AppFailure('amendments.transitionNotAllowed');
    if (Object.keys(state.problems).length > 0) refuse(state.problems, 'agreements.transitionBlocked');
    await keepOriginal(ctx.db, row.id, JSON.stringify(life.original), now);
    await storeTerms(ctx, row, state.after, now);
    await updateAmendmentRow(ctx.db, amendment.id, {
      status: 'inForce',
      in_force_at: now,
      updated_at: now,
      updated_by_user_id: ctx.user.id,
    });
    return getAgreement(ctx, row.id);
  }
  await touch(ctx, row);
  return getAgreement(ctx, row.id);
}

/** Records one concerned party's signature; when every one has signed, the amendment is signed. */
export async function signAmendment(
  ctx: ServiceContext,
  input: { id: number; version: number; amendmentId: number; signature: Signature },
): Promise<Agreement> {
  const { row, life } = await openForChange(ctx, input.id, input.version);
  const amendment = findAmendment(life, input.amendmentId);
  const { signature } = input;
  if (amendment.status !== 'decided' && amendment.status !== 'signed')
    throw new AppFailure('amendments.signBeforeDecision');
  if (!amendment.concerned.includes(signature.organisationId))
    throw new AppFailure('amendments.notConcerned', {
      fields: { 'signature.organisationId': 'amendments.notConcerned' },
    });
  if (amendment.decision && signature.date < amendment.decision.date)
    throw new AppFailure('amendments.signBeforeDecision', {
      fields: { 'signature.date': 'amendments.signBeforeDecision' },
    });
  if (signature.date > today(ctx))
    throw new AppFailure('agreements.transitionBlocked', {
      fields: { 'signature.date': 'agreements.dateInFuture' },
    });
  const now = ctx.clock.now().toISOString();
  await upsertAmendmentSignature(ctx.db, {
    amendment_id: amendment.id,
    organisation_id: signature.organisationId,
    name: signature.name,
    title: signature.title,
    place: signature.place,
    signed_on: signature.date,
    recorded_by_user_id: ctx.user.id,
    recorded_at: now,
  });
  const signed = new Set([...amendment.signatures.map((s) => s.organisationId), signature.organisationId]);
  if (amendment.status === 'decided' && amendment.concerned.every((id) => signed.has(id)))
    await updateAmendmentRow(ctx.db, amendment.id, {
      status: 'signed',
      updated_at: now,
      updated_by_user_id: ctx.user.id,
    });
  await touch(ctx, row);
  return getAgreement(ctx, row.id);
}
