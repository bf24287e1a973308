// The register of organisations (the parties to IOP agreements).
import type { Insertable } from 'kysely';
import type { Organisation, OrganisationData, OrganisationSummary } from '../../shared/ipc/organisations';
import type { OrganisationKind } from '../../shared/organisations/kinds';
import type { ReadDb } from '../db/handles';
import type { OrganisationTable } from '../db/schema/organisation-table';
import { AppFailure } from '../base/app-error';
import type { ServiceContext } from '../context/service-context';
import {
  findOrganisationRows,
  foldName,
  getContactRows,
  getOrganisationRow,
  getRequirementRows,
  insertOrganisation,
  orgNumberTaken,
  replaceContacts,
  replaceRequirements,
  requirementGaps,
  storedRequirementRows,
  updateOrganisationRow,
} from './organisation-repository';

const duplicate = () =>
  new AppFailure('organisations.duplicateOrgNumber', { fields: { orgNumber: 'organisations.duplicateOrgNumber' } });

// SQLite sorts by bytes (ä before å); the list follows the Swedish alphabet.
const swedish = new Intl.Collator('sv');

export async function listOrganisations(
  db: ReadDb,
  query: string,
  narrow: { limit?: number | null; kinds?: readonly OrganisationKind[] } = {},
): Promise<OrganisationSummary[]> {
  const rows = await findOrganisationRows(db, query, narrow);
  rows.sort((a, b) => swedish.compare(a.name, b.name) || a.id - b.id);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    orgNumber: r.org_number,
    city: r.city,
    requirementGaps: requirementGaps(r.kind, Number(r.met)),
  }));
}

export async function getOrganisation(db: ReadDb, id: number): Promise<Organisation> {
  const row = await getOrganisationRow(db, id);
  if (!row) throw new AppFailure('notFound');
  const [contacts, requirements] = await Promise.all([getContactRows(db, id), getRequirementRows(db, id)]);
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    orgNumber: row.org_number,
    address: { street: row.street, postalCode: row.postal_code, city: row.city },
    paymentAccount:
      row.payment_account_kind && row.payment_account_number
        ? { kind: row.payment_account_kind, number: row.payment_account_number }
        : null,
    contacts: contacts.map((c) => ({ id: c.id, name: c.name, role: c.role, phone: c.phone, email: c.email })),
    requirements: requirements.map((r) => ({
      requirement: r.requirement,
      status: r.status,
      comment: r.comment,
      checkedOn: r.checked_on,
      checkedBy: r.checked_by_name,
    })),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function organisationColumns(data: OrganisationData, now: string) {
  return {
    name: data.name,
    name_folded: foldName(data.name),
    kind: data.kind,
    org_number: data.orgNumber,
    street: data.address.street,
    postal_code: data.address.postalCode.replace(/^(\d{3})(\d{2})$/, '$1 $2'),
    city: data.address.city,
    payment_account_kind: data.paymentAccount?.kind ?? null,
    payment_account_number: data.paymentAccount?.number ?? null,
    updated_at: now,
  } satisfies Partial<Insertable<OrganisationTable>>;
}

const contactColumns = (data: OrganisationData) =>
  data.contacts.map((c) => ({ name: c.name, role: c.role, phone: c.phone, email: c.email }));

/**
 * Requirement rows for a non-profit organisation. An item keeps who checked it
 * unless its status, comment or date changed; then the current user checked it.
 */
async function requirementRows(ctx: ServiceContext, organisationId: number | null, data: OrganisationData) {
  if (data.kind !== 'nonprofit') return [];
  const before = organisationId === null ? [] : await storedRequirementRows(ctx.db, organisationId);
  return checklistRows(data, ctx.user.id, before);
}

/** The checklist rows to store, given the rows stored before (none for a new organisation). */
export function checklistRows(
  data: OrganisationData,
  userId: number,
  before: readonly { requirement: string; status: string; comment: string; checked_on: string | null; checked_by_user_id: number | null }[] = [],
) {
  if (data.kind !== 'nonprofit') return [];
  const seen = new Set<string>();
  return data.requirements
    .filter((r) => (seen.has(r.requirement) ? false : (seen.add(r.requirement), true)))
    .map((r) => {
      const old = before.find((b) => b.requirement === r.requirement);
      const unchanged = old && old.status === r.status && old.comment === r.comment && old.checked_on === r.checkedOn;
      const touched = r.status !== 'unknown' || r.comment !== '' || r.checkedOn !== null;
      return {
        requirement: r.requirement,
        status: r.status,
        comment: r.comment,
        checked_on: r.checkedOn,
        checked_by_user_id: unchanged ? old.checked_by_user_id : touched ? userId : null,
      };
    });
}

export async function createOrganisation(ctx: ServiceContext, data: OrganisationData): Promise<Organisation> {
  if (await orgNumberTaken(ctx.db, data.orgNumber)) throw duplicate();
  const now = ctx.clock.now().toISOString();
  const id = await insertOrganisation(ctx.db, { ...organisationColumns(data, now), version: 1, created_at: now });
  await replaceContacts(ctx.db, id, contactColumns(data));
  await replaceRequirements(ctx.db, id, await requirementRows(ctx, null, data));
  return getOrganisation(ctx.db, id);
}

export async function updateOrganisation(
  ctx: ServiceContext,
  input: { id: number; version: number; data: OrganisationData },
): Promise<Organisation> {
  const current = await getOrganisationRow(ctx.db, input.id);
  if (!current) throw new AppFailure('notFound');
  if (current.version !== input.version) throw new AppFailure('conflict');
  if (await orgNumberTaken(ctx.db, input.data.orgNumber, input.id)) throw duplicate();
  const rows = await requirementRows(ctx, input.id, input.data);
  await updateOrganisationRow(ctx.db, input.id, {
    ...organisationColumns(input.data, ctx.clock.now().toISOString()),
    version: current.version + 1,
  });
  await replaceContacts(ctx.db, input.id, contactColumns(input.data));
  await replaceRequirements(ctx.db, input.id, rows);
  return getOrganisation(ctx.db, input.id);
}
