// The children register: search, read (masked for protected identity),
// create and update with guardians, reveal protected details, and concern
// reports as facts. Every call is audited by the router.
import type { Insertable } from 'kysely';
import type {
  Child,
  ChildData,
  ChildSummary,
  ConcernReport,
  ProtectedDetails,
} from '../../shared/ipc/children';
import type { ChildTable } from '../db/schema/child-table';
import type { DbOrTrx } from '../db/schema/database';
import { AppFailure } from '../errors/app-error';
import { refreshGatesOfChild } from '../support-groups/gate';
import { flag, nowIso, today, type ServiceContext } from '../support-groups/service-context';
import { identityColumns } from './child-identity';
import { toChild, toChildSummary, toProtectedDetails } from './child-mapper';
import {
  type ChildRow,
  getChildEnrolmentRows,
  getChildRow,
  getConcernReportRows,
  getGuardianRows,
  getProtectionChangeRows,
  clearProtectedIdentity,
  identityNumberTaken,
  insertProtectionChange,
  possibleDuplicateIds,
  summaryColumns,
} from './child-repository';
import { foldText, replaceSearchTokens, searchChildIds, searchTokens } from './child-search';

const duplicate = () =>
  new AppFailure('children.duplicateIdentityNumber', {
    fields: { identityNumber: 'children.duplicateIdentityNumber' },
  });

export async function listChildren(
  db: DbOrTrx,
  input: { query: string; district: string; limit: number },
): Promise<ChildSummary[]> {
  let rows;
  if (input.query.trim() !== '') {
    const ids = await searchChildIds(db, input.query, { district: input.district, limit: input.limit });
    if (ids.length === 0) return [];
    rows = await db.selectFrom('child').select(summaryColumns).where('id', 'in', ids).execute();
  } else {
    let q = db.selectFrom('child').select(summaryColumns);
    q =
      input.district !== ''
        ? q.where('district', '=', input.district).orderBy('id')
        : q.orderBy('name_folded');
    rows = await q.limit(input.limit).execute();
  }
  rows.sort((a, b) => a.name_folded.localeCompare(b.name_folded, 'sv') || a.id - b.id);
  return rows.map(toChildSummary);
}

export async function listDistricts(db: DbOrTrx): Promise<string[]> {
  // Loose index scan: each step jumps to the next district in the index.
  const rows = await db
    .selectFrom('child')
    .select('district')
    .distinct()
    .where('district', '!=', '')
    .orderBy('district')
    .execute();
  return rows.map((r) => r.district);
}

export async function getChild(
  ctx: { db: DbOrTrx; clock: ServiceContext['clock'] },
  id: number,
): Promise<Child> {
  const row = await getChildRow(ctx.db, id);
  if (!row) throw new AppFailure('notFound');
  const [guardians, duplicates, reports, enrolments, protectionChanges] = await Promise.all([
    getGuardianRows(ctx.db, id),
    possibleDuplicateIds(ctx.db, row),
    getConcernReportRows(ctx.db, id),
    getChildEnrolmentRows(ctx.db, id),
    getProtectionChangeRows(ctx.db, id),
  ]);
  return toChild(row, {
    guardians,
    possibleDuplicateIds: duplicates,
    concernReports: reports.map((r) => ({
      id: r.id,
      reportedOn: r.reported_on,
      socialServices: r.social_services,
      reportedBy: r.reported_by,
      recordedAt: r.recorded_at,
    })),
    enrolments: enrolments.map((e) => ({
      id: e.id,
      programmeName: e.programme_name,
      groupName: e.group_name,
      status: e.status,
      paused: e.consent_paused === 1,
    })),
    protectionChanges: protectionChanges.map((c) => ({
      change: c.change,
      reason: c.reason,
      changedAt: c.changed_at,
    })),
    today: today(ctx),
  });
}

function childColumns(data: ChildData, now: string, todayDate: string) {
  return {
    ...identityColumns(data, todayDate),
    name: data.name,
    name_folded: foldText(data.name),
    name_is_alias: flag(data.nameIsAlias),
    gender: data.gender,
    home_municipality: data.homeMunicipality,
    district: data.district,
    placement_basis: data.placementBasis,
    protected_identity: flag(data.protectedIdentity),
    street: data.address.street,
    postal_code: normalisePostalCode(data.address.postalCode),
    city: data.address.city,
    phone: data.phone,
    email: data.email,
    foster_home_name: data.fosterHome.name,
    foster_home_phone: data.fosterHome.phone,
    foster_home_email: data.fosterHome.email,
    foster_home_street: data.fosterHome.address.street,
    foster_home_postal_code: normalisePostalCode(data.fosterHome.address.postalCode),
    foster_home_city: data.fosterHome.address.city,
    caseworker_name: data.caseworker.name,
    caseworker_unit: data.caseworker.unit,
    caseworker_phone: data.caseworker.phone,
    caseworker_email: data.caseworker.email,
    updated_at: now,
  } satisfies Partial<Insertable<ChildTable>>;
}

/** The columns protected identity hides, as stored. */
const storedProtectedColumns = (row: ChildRow) => ({
  street: row.street,
  postal_code: row.postal_code,
  city: row.city,
  phone: row.phone,
  email: row.email,
  foster_home_name: row.foster_home_name,
  foster_home_phone: row.foster_home_phone,
  foster_home_email: row.foster_home_email,
  foster_home_street: row.foster_home_street,
  foster_home_postal_code: row.foster_home_postal_code,
  foster_home_city: row.foster_home_city,
});

const normalisePostalCode = (code: string) => code.replace(/^(\d{3})(\d{2})$/, '$1 $2');

/**
 * Saves the guardians. Existing ones keep their id (their consents refer to
 * it); one with recorded consents cannot be removed, only lose custody.
 */
async function saveGuardians(db: DbOrTrx, childId: number, guardians: ChildData['guardians']): Promise<void> {
  const existing = await getGuardianRows(db, childId);
  const existingIds = new Set(existing.map((g) => g.id));
  guardians.forEach((g, i) => {
    if (g.id !== undefined && !existingIds.has(g.id)) {
      throw new AppFailure('validation', { fields: { [`guardians.${i}.id`]: 'field.invalid' } });
    }
  });
  const kept = new Set(guardians.map((g) => g.id).filter((id): id is number => id !== undefined));
  const removed = existing.filter((g) => !kept.has(g.id)).map((g) => g.id);
  if (removed.length > 0) {
    const withConsent = await db
      .selectFrom('consent')
      .select('guardian_id')
      .where('guardian_id', 'in', removed)
      .executeTakeFirst();
    if (withConsent) throw new AppFailure('children.guardianHasConsents');
    await db.deleteFrom('guardian').where('id', 'in', removed).execute();
  }
  for (const [position, g] of guardians.entries()) {
    const columns = {
      position,
      name: g.name,
      phone: g.phone,
      email: g.email,
      has_custody: flag(g.hasCustody),
    };
    if (g.id !== undefined) await db.updateTable('guardian').set(columns).where('id', '=', g.id).execute();
    else
      await db
        .insertInto('guardian')
        .values({ ...columns, child_id: childId })
        .execute();
  }
}

export async function createChild(ctx: ServiceContext, data: ChildData): Promise<Child> {
  const now = nowIso(ctx);
  const columns = childColumns(data, now, today(ctx));
  if (columns.identity_number !== null && (await identityNumberTaken(ctx.db, columns.identity_number)))
    throw duplicate();
  const { id } = await ctx.db
    .insertInto('child')
    .values({ ...columns, version: 1, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await saveGuardians(ctx.db, id, data.guardians);
  if (data.protectedIdentity)
    await insertProtectionChange(ctx.db, { childId: id, change: 'set', reason: '', userId: ctx.userId, at: now });
  await replaceSearchTokens(ctx.db, id, searchTokens(columns.name, columns.identity_number));
  return getChild(ctx, id);
}

export async function updateChild(
  ctx: ServiceContext,
  input: { id: number; version: number; data: ChildData },
): Promise<Child> {
  const current = await getChildRow(ctx.db, input.id);
  if (!current) throw new AppFailure('notFound');
  if (current.version !== input.version) throw new AppFailure('conflict');
  const wasProtected = current.protected_identity === 1;
  // Saving must never lift protection: the reply would carry the stored
  // address to a caller who never made an audited reveal.
  if (wasProtected && !input.data.protectedIdentity) throw new AppFailure('children.liftProtectionSeparately');
  const now = nowIso(ctx);
  const columns = {
    ...childColumns(input.data, now, today(ctx)),
    ...(input.data.keepProtectedDetails && wasProtected ? storedProtectedColumns(current) : {}),
  };
  if (
    columns.identity_number !== null &&
    (await identityNumberTaken(ctx.db, columns.identity_number, input.id))
  ) {
    throw duplicate();
  }
  await ctx.db
    .updateTable('child')
    .set({ ...columns, version: current.version + 1 })
    .where('id', '=', input.id)
    .execute();
  await saveGuardians(ctx.db, input.id, input.data.guardians);
  if (!wasProtected && input.data.protectedIdentity)
    await insertProtectionChange(ctx.db, { childId: input.id, change: 'set', reason: '', userId: ctx.userId, at: now });
  await replaceSearchTokens(ctx.db, input.id, searchTokens(columns.name, columns.identity_number));
  // Custody or the placement basis may have changed what consent is needed.
  await refreshGatesOfChild(ctx.db, input.id);
  return getChild(ctx, input.id);
}

/**
 * Lifts protected identity with a reason. Answers with the new version only:
 * the details are read afterwards through an audited `children:get`.
 */
export async function liftProtection(
  ctx: ServiceContext,
  input: { id: number; version: number; reason: string },
): Promise<{ id: number; version: number }> {
  const current = await getChildRow(ctx.db, input.id);
  if (!current) throw new AppFailure('notFound');
  if (current.version !== input.version) throw new AppFailure('conflict');
  if (current.protected_identity !== 1) throw new AppFailure('children.notProtected');
  const at = nowIso(ctx);
  await clearProtectedIdentity(ctx.db, { id: input.id, version: current.version, at });
  await insertProtectionChange(ctx.db, {
    childId: input.id,
    change: 'lifted',
    reason: input.reason,
    userId: ctx.userId,
    at,
  });
  return { id: input.id, version: current.version + 1 };
}

export async function revealChild(db: DbOrTrx, id: number): Promise<ProtectedDetails> {
  const row = await getChildRow(db, id);
  if (!row) throw new AppFailure('notFound');
  return toProtectedDetails(row);
}

export async function addConcernReport(
  ctx: ServiceContext,
  input: { childId: number; reportedOn: string; socialServices: string; reportedBy: string },
): Promise<ConcernReport> {
  if (!(await getChildRow(ctx.db, input.childId))) throw new AppFailure('notFound');
  if (input.reportedOn > today(ctx))
    throw new AppFailure('validation', { fields: { reportedOn: 'field.futureDate' } });
  const recordedAt = nowIso(ctx);
  const { id } = await ctx.db
    .insertInto('concern_report')
    .values({
      child_id: input.childId,
      reported_on: input.reportedOn,
      social_services: input.socialServices,
      reported_by: input.reportedBy,
      recorded_by_user_id: ctx.userId,
      recorded_at: recordedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    id,
    reportedOn: input.reportedOn,
    socialServices: input.socialServices,
    reportedBy: input.reportedBy,
    recordedAt,
  };
}
