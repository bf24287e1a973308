// Drafting agreements: create (blank or from a template), save drafts (every
// save keeps a version), read one with everything derived, list and search.
import { withDayToDayRecords, withoutParties } from '../../shared/agreements/amendments/apply';
import { acceptsLaterChanges, isDraftEditable } from '../../shared/agreements/lifecycle';
import type { AgreementData } from '../../shared/agreements/model';
import { templates, templateSlotProblems } from '../../shared/agreements/templates';
import type { TemplateArgs } from '../../shared/agreements/templates';
import { validateAgreement } from '../../shared/agreements/validation';
import type { Agreement, AgreementSummary } from '../../shared/ipc/agreements';
import type { TemplateKey } from '../../shared/agreements/model';
import { AppFailure } from '../base/app-error';
import { dataColumns, type AgreementRow } from './agreement-columns';
import { writeLists } from './agreement-lists/write-lists';
import { mustRedact, today, type ServiceContext } from '../context/service-context';
import {
  getAgreementRow,
  insertAgreement,
  organisationsByIds,
  partyNameRows,
  recordStatusChange,
  takenRegistrationNumbers,
  updateAgreementRow,
} from './agreement-repository';
import { indexAgreement, searchAgreements } from './agreement-search';
import type { SearchFilter } from './agreement-search-repository';
import { saveRevision } from './agreement-revisions';
import { buildAgreement, loadData, referencedOrganisations } from './agreement-view';
import { loadLife } from './amendments/agreement-life';
import type { ReadDb } from '../db/handles';

export async function requireAgreementRow(ctx: { db: ReadDb }, id: number): Promise<AgreementRow> {
  const row = await getAgreementRow(ctx.db, id);
  if (!row) throw new AppFailure('notFound');
  return row;
}

export async function getAgreement(
  ctx: ServiceContext<ReadDb>,
  id: number,
  asOf?: string,
): Promise<Agreement> {
  const row = await requireAgreementRow(ctx, id);
  return buildAgreement(ctx.db, row, {
    today: today(ctx),
    redact: mustRedact(ctx),
    ...(asOf ? { asOf } : {}),
  });
}

/** Field paths as in the channel's input (`data.period.end`), like the schema's own errors. */
const underData = (problems: Record<string, string>) =>
  Object.fromEntries(Object.entries(problems).map(([path, key]) => [`data.${path}`, key]));

/** Checks everything that spans fields and the register; throws with one message key per field. */
async function validateForSave(ctx: ServiceContext, data: AgreementData, exceptId: number | null) {
  const organisations = await organisationsByIds(ctx.db, referencedOrganisations(data));
  const problems = validateAgreement(data, (id) => organisations.get(id)?.kind);
  const taken = await takenRegistrationNumbers(
    ctx.db,
    [data.registrationNumber, ...data.appendices.map((a) => a.registrationNumber)],
    exceptId,
  );
  const isTaken = (n: string) => [...taken].some((t) => t.toLowerCase() === n.trim().toLowerCase());
  if (isTaken(data.registrationNumber))
    problems.registrationNumber = 'agreements.duplicateRegistrationNumber';
  data.appendices.forEach((a, i) => {
    if (a.registrationNumber.trim() !== '' && isTaken(a.registrationNumber)) {
      problems[`appendices.${i}.registrationNumber`] = 'agreements.duplicateRegistrationNumber';
    }
  });
  const keys = Object.keys(problems);
  if (keys.length > 0) {
    const onlyDuplicate = keys.every((k) => problems[k] === 'agreements.duplicateRegistrationNumber');
    throw new AppFailure(onlyDuplicate ? 'agreements.duplicateRegistrationNumber' : 'validation', {
      fields: underData(problems),
    });
  }
  return organisations;
}

async function afterSave(
  ctx: ServiceContext,
  id: number,
  data: AgreementData,
  names: Map<number, { name: string }>,
) {
  await writeLists(ctx.db, id, data);
  await indexAgreement(ctx.db, id, data, (orgId) => names.get(orgId)?.name ?? '');
}

export async function createAgreement(ctx: ServiceContext, data: AgreementData): Promise<Agreement> {
  const organisations = await validateForSave(ctx, data, null);
  const now = ctx.clock.now().toISOString();
  const id = await insertAgreement(ctx.db, {
    ...dataColumns(data),
    status: 'draft',
    version: 1,
    created_at: now,
    updated_at: now,
    created_by_user_id: ctx.user.id,
    updated_by_user_id: ctx.user.id,
  });
  await afterSave(ctx, id, data, organisations);
  await recordStatusChange(ctx.db, {
    agreementId: id,
    from: null,
    to: 'draft',
    at: now,
    userId: ctx.user.id,
  });
  await saveRevision(ctx, id, 'draft', data, now);
  return getAgreement(ctx, id);
}

export interface FromTemplateInput {
  templateKey: TemplateKey;
  registrationNumber: string;
  title: string;
  start: string;
  slots: Record<string, number[]>;
}

export async function createFromTemplate(ctx: ServiceContext, input: FromTemplateInput): Promise<Agreement> {
  const template = templates[input.templateKey];
  const organisations = await organisationsByIds(ctx.db, Object.values(input.slots).flat());
  const slots: TemplateArgs['slots'] = {};
  const unknown: Record<string, string> = {};
  for (const [slot, ids] of Object.entries(input.slots)) {
    slots[slot] = ids.flatMap((id) => {
      const org = organisations.get(id);
      if (!org) unknown[`slots.${slot}`] = 'agreements.unknownOrganisation';
      return org ? [{ id: org.id, name: org.name, kind: org.kind }] : [];
    });
  }
  const args: TemplateArgs = {
    registrationNumber: input.registrationNumber,
    title: input.title,
    start: input.start,
    slots,
  };
  const problems = { ...templateSlotProblems(template, args), ...unknown };
  if (Object.keys(problems).length > 0) throw new AppFailure('validation', { fields: problems });
  return createAgreement(ctx, template.build(args));
}

/**
 * The parts of the data that stay open after the decision: contact persons and
 * governance members (day-to-day records). Everything else is a term and
 * changes through an amendment (amendments/).
 */
function frozenPart(data: AgreementData): unknown {
  return {
    ...data,
    governanceBodies: data.governanceBodies.map((b) => ({ ...b, members: null })),
    parties: data.parties.map((p) => ({ ...p, contacts: null })),
  };
}

/** Field paths of sections that differ in the frozen part, for the error message. */
function changedFrozenSections(before: AgreementData, after: AgreementData): Record<string, string> {
  const a = frozenPart(before) as Record<string, unknown>;
  const b = frozenPart(after) as Record<string, unknown>;
  const fields: Record<string, string> = {};
  for (const key of Object.keys(b)) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) fields[key] = 'agreements.notEditable';
  }
  return fields;
}

export async function updateAgreement(
  ctx: ServiceContext,
  input: { id: number; version: number; data: AgreementData },
): Promise<Agreement> {
  const row = await requireAgreementRow(ctx, input.id);
  if (row.version !== input.version) throw new AppFailure('conflict');
  let data = input.data;
  if (!isDraftEditable(row.status)) {
    if (!acceptsLaterChanges(row.status)) throw new AppFailure('agreements.notEditable');
    // Compared with the agreement as shown (without parties that have left); stored on the full terms.
    const current = await loadData(ctx.db, row);
    const life = await loadLife(ctx.db, row.id, current);
    const left = new Set(life.exits.filter((e) => e.endsOn < today(ctx)).map((e) => e.organisationId));
    const changed = changedFrozenSections(withoutParties(current, left), input.data);
    if (Object.keys(changed).length > 0)
      throw new AppFailure('agreements.notEditable', { fields: underData(changed) });
    data = withDayToDayRecords(current, input.data);
  }
  const organisations = await validateForSave(ctx, data, input.id);
  const now = ctx.clock.now().toISOString();
  await updateAgreementRow(ctx.db, input.id, {
    ...dataColumns(data),
    version: row.version + 1,
    updated_at: now,
    updated_by_user_id: ctx.user.id,
  });
  await afterSave(ctx, input.id, data, organisations);
  await saveRevision(ctx, input.id, row.status, data, now);
  return getAgreement(ctx, input.id);
}

/** Stores new terms of a decided agreement (an amendment in force): row, lists, search index and a version. */
export async function storeTerms(ctx: ServiceContext, row: AgreementRow, data: AgreementData, now: string) {
  const organisations = await organisationsByIds(ctx.db, referencedOrganisations(data));
  await updateAgreementRow(ctx.db, row.id, {
    ...dataColumns(data),
    version: row.version + 1,
    updated_at: now,
    updated_by_user_id: ctx.user.id,
  });
  await afterSave(ctx, row.id, data, organisations);
  await saveRevision(ctx, row.id, row.status, data, now);
}

export async function listAgreements(
  ctx: ServiceContext<ReadDb>,
  filter: SearchFilter,
): Promise<{ items: AgreementSummary[]; total: number }> {
  const { rows, total } = await searchAgreements(ctx.db, filter);
  const ids = rows.map((r) => r.id);
  const parties = ids.length === 0 ? [] : await partyNameRows(ctx.db, ids);
  const byAgreement = new Map<number, AgreementSummary['parties']>();
  for (const p of parties) {
    const list = byAgreement.get(p.agreement_id) ?? [];
    list.push({ organisationId: p.organisation_id, name: p.name, role: p.role });
    byAgreement.set(p.agreement_id, list);
  }
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      registrationNumber: r.registration_number,
      title: r.title,
      status: r.status,
      start: r.start_date,
      end: r.end_date,
      parties: byAgreement.get(r.id) ?? [],
      yearlyAmount: Number(r.yearly_amount ?? 0),
      snippet: r.snippet,
    })),
  };
}
