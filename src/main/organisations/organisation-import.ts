// The batched path for many organisations at once (seeding, imports), run by
// the caller inside one transaction. Rows are built by the same functions as a
// single create, so both store the same; organisation-import-repository writes
// each table in one statement.
import type { OrganisationData } from '../../shared/ipc/organisations';
import { AppFailure } from '../errors/app-error';
import { anyOrgNumberTaken, insertOrganisationsFromJson } from './organisation-import-repository';
import { checklistRows, organisationColumns, type OrganisationServiceContext } from './organisation-service';

const duplicate = () => new AppFailure('organisations.duplicateOrgNumber');

export async function importOrganisations(
  ctx: OrganisationServiceContext,
  list: OrganisationData[],
): Promise<number> {
  if (list.length === 0) return 0;
  const numbers = new Set<string>();
  for (const data of list) {
    if (numbers.has(data.orgNumber)) throw duplicate();
    numbers.add(data.orgNumber);
  }
  if (await anyOrgNumberTaken(ctx.db, [...numbers])) throw duplicate();

  const now = ctx.clock.now().toISOString();
  const organisations = list.map((data) => ({
    ...organisationColumns(data, now),
    version: 1,
    created_at: now,
  }));
  const contacts = list.flatMap((data) =>
    data.contacts.map((c, position) => ({
      org_number: data.orgNumber,
      position,
      name: c.name,
      role: c.role,
      phone: c.phone,
      email: c.email,
    })),
  );
  const requirements = list.flatMap((data) =>
    checklistRows(data, ctx.userId).map((row) => ({ org_number: data.orgNumber, ...row })),
  );

  await insertOrganisationsFromJson(ctx.db, { organisations, contacts, requirements });
  return list.length;
}
