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
import { AppFailure } from '../base/app-error';
import { refreshGatesOfChild } from '../support-groups/gate';
import { nowIso, today, type ServiceContext } from '../context/service-context';
import { flag, type ReadDb, type WriteDb } from '../db/handles';
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
  anyHasConsent,
  deleteGuardians,
  districtNames,
  insertChild,
  insertConcernReport,
  insertGuardian,
  summaryRows,
  summaryRowsByIds,
  updateChildRow,
  updateGuardian,
} from './child-repository';
import { replaceSearchTokens, searchChildIds } from './child-search-repository';
import { foldText, searchTokens } from './child-search-tokens';

const duplicate = () =>
  new AppFailure('children.duplicateIdentityNumber', {
    fields: { identityNumber: 'children.duplicateIdentityNumber' },
  });

export async function listChildren(
  db: ReadDb,
  input: { query: string; district: string; limit: number },
): Promise<ChildSummary[]> {
  let rows;
  if (input.query.trim() !== '') {
    const ids = await searchChildIds(db, input.query, { district: input.district, limit: input.limit });
    if (ids.length === 0) return [];
    rows = await summaryRowsByIds(db, ids);
  } else {
    rows = await summaryRows(db, { district: input.district, limit: input.limit });
  }
  rows.sort((a, b) => a.name_folded.localeCompare(b.name_folded, 'sv') || a.id - b.id);
  return rows.map(toChildSummary);
}

export async function listDistricts(db: ReadDb): Promise<string[]> {
  return districtNames(db);
}

export async function getChild(
  ctx: { db: ReadDb; clock: ServiceContext['clock'] },
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

/** The stored columns of a child, as the form and the import save them. */
export function childColumns(data: ChildData, now: string, todayDate: string, stored?: ChildRow) {
  return {
    ...identityColumns(data, todayDate, stored),
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

/** A guardian's stored columns. */
export function guardianColumns(g: ChildData['guardians'][number], position: number) {
  return {
    position,
    name: g.name,
    phone: g.phone,
    email: g.email,
    // A särskilt förordnad vårdnadshavare has custody; a god man has none.
    has_custody: flag(g.representative === 'specialCustodian' || (g.representative === null && g.hasCustody)),
    representative: g.representative,
  };
}

/**
 * Saves the guardians. Existing ones keep their id (their consents refer to
 * it); one with recorded consents cannot be removed, only lose custody.
 */
async function saveGuardians(db: WriteDb, childId: number, guardians: ChildData['guardians']): Promise<void> {
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
    if (await anyHasConsent(db, removed)) throw new AppFailure('children.guardianHasConsents');
    await deleteGuardians(db, removed);
  }
  for (const [position, g] of guardians.entries()) {
    const columns = guardianColumns(g, position);
    if (g.id !== undefined) await updateGuardian(db, g.id, columns);
    else await insertGuardian(db, { ...columns, child_id: childId });
  }
}

export async function createChild(ctx: ServiceContext, data: ChildData): Promise<Child> {
  const now = nowIso(ctx);
  const columns = childColumns(data, now, today(ctx));
  if (columns.identity_number !== null && (await identityNumberTaken(ctx.db, columns.identity_number)))
    throw duplicate();
  const id = await insertChild(ctx.db, { ...columns, version: 1, created_at: now });
  await saveGuardians(ctx.db, id, data.guardians);
  if (data.protectedIdentity)
    await insertProtectionChange(ctx.db, {
      childId: id,
      change: 'set',
      reason: '',
      userId: ctx.user.id,
      at: now,
    });
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
  if (wasProtected && !input.data.protectedIdentity)
    throw new AppFailure('children.liftProtectionSeparately');
  const now = nowIso(ctx);
  const columns = {
    ...childColumns(input.data, now, today(ctx), current),
    ...(input.data.keepProtectedDetails && wasProtected ? storedProtectedColumns(current) : {}),
  };
  if (
    columns.identity_number !== null &&
    (await identityNumberTaken(ctx.db, columns.identity_number, input.id))
  ) {
    throw duplicate();
  }
  await updateChildRow(ctx.db, input.id, { ...columns, version: current.version + 1 });
  await saveGuardians(ctx.db, input.id, input.data.guardians);
  if (!wasProtected && input.data.protectedIdentity)
    await insertProtectionChange(ctx.db, {
      childId: input.id,
      change: 'set',
      reason: '',
      userId: ctx.user.id,
      at: now,
    });
  await replaceSearchTokens(ctx.db, input.id, searchTokens(columns.name, columns.identity_number));
  // Custody or the placement basis may have changed what consent is needed.
  await refreshGatesOfChild(ctx.db, input.id, today(ctx));
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
    userId: ctx.user.id,
    at,
  });
  return { id: input.id, version: current.version + 1 };
}

export async function revealChild(db: ReadDb, id: number): Promise<ProtectedDetails> {
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
  const id = await insertConcernReport(ctx.db, {
    child_id: input.childId,
    reported_on: input.reportedOn,
    social_services: input.socialServices,
    reported_by: input.reportedBy,
    recorded_by_user_id: ctx.user.id,
    recorded_at: recordedAt,
  });
  return {
    id,
    reportedOn: input.reportedOn,
    socialServices: input.socialServices,
    reportedBy: input.reportedBy,
    recordedAt,
  };
}
