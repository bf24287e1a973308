// The batched path for many organisations at once (seeding, imports): one
// transaction, multi-row inserts, duplicates checked in one query per chunk.
import type { OrganisationData } from '../../shared/ipc/organisations';
import { AppFailure } from '../errors/app-error';
import type { OrganisationServiceContext } from './organisation-service';
import { foldName } from './organisation-repository';

const chunkSize = 500; // 13 columns x 500 rows stays under SQLite's 32 766 parameter limit

export async function importOrganisations(ctx: OrganisationServiceContext, list: OrganisationData[]): Promise<number> {
  const numbers = new Set<string>();
  for (const data of list) {
    if (numbers.has(data.orgNumber)) throw new AppFailure('organisations.duplicateOrgNumber');
    numbers.add(data.orgNumber);
  }
  const now = ctx.clock.now().toISOString();
  for (let start = 0; start < list.length; start += chunkSize) {
    const chunk = list.slice(start, start + chunkSize);
    const taken = await ctx.db
      .selectFrom('organisation')
      .select('org_number')
      .where(
        'org_number',
        'in',
        chunk.map((d) => d.orgNumber),
      )
      .executeTakeFirst();
    if (taken) throw new AppFailure('organisations.duplicateOrgNumber');
    const inserted = await ctx.db
      .insertInto('organisation')
      .values(
        chunk.map((data) => ({
          name: data.name,
          name_folded: foldName(data.name),
          kind: data.kind,
          org_number: data.orgNumber,
          street: data.address.street,
          postal_code: data.address.postalCode,
          city: data.address.city,
          payment_account_kind: data.paymentAccount?.kind ?? null,
          payment_account_number: data.paymentAccount?.number ?? null,
          version: 1,
          created_at: now,
          updated_at: now,
        })),
      )
      .returning('id')
      .execute();
    const contacts = chunk.flatMap((data, i) =>
      data.contacts.map((c, position) => ({ organisation_id: inserted[i]!.id, position, ...c })),
    );
    for (let c = 0; c < contacts.length; c += chunkSize) {
      await ctx.db.insertInto('organisation_contact').values(contacts.slice(c, c + chunkSize)).execute();
    }
  }
  return list.length;
}
