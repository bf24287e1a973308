// The SQL of an agreement's lists (parties, criteria, governance, follow-ups,
// economy, clauses, appendices, amendments) in their own tables. A draft's
// lists are replaced as a whole on every save, never patched.
import type { Insertable, Selectable } from 'kysely';
import type { AgreementSignatureTable } from '../../db/schema/agreement-signature-table';
import type { Database, DbOrTrx } from '../../db/schema/database';

/** SQLite allows 32 766 bound parameters; inserts go in chunks well below. */
const chunk = 400;

export async function insertAll<TB extends ListTable>(
  db: DbOrTrx,
  table: TB,
  rows: readonly Insertable<Database[TB]>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) {
    // Kysely cannot resolve the row type of a generic table; the signature above checks it.
    await db
      .insertInto(table)
      .values(rows.slice(i, i + chunk) as never)
      .execute();
  }
}

// Children before their parents (foreign keys).
const listTables = [
  'agreement_signature',
  'agreement_party_contact',
  'agreement_party',
  'agreement_governance_member',
  'agreement_governance_body',
  'agreement_budget_line',
  'agreement_funding',
  'agreement_budget_year',
  'agreement_criterion',
  'agreement_commitment',
  'agreement_follow_up',
  'agreement_instalment',
  'agreement_clause',
  'agreement_appendix',
  'agreement_amendment',
] as const;
type ListTable = (typeof listTables)[number];

/** Deletes every list of the agreement and returns the signatures it had, for the caller to keep some. */
export async function deleteLists(
  db: DbOrTrx,
  agreementId: number,
): Promise<Selectable<AgreementSignatureTable>[]> {
  const signatures = await db
    .selectFrom('agreement_signature')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .execute();
  for (const table of listTables)
    await db.deleteFrom(table).where('agreement_id', '=', agreementId).execute();
  return signatures;
}

/** Every list row of these agreements, one query per table. */
export async function listRows(db: DbOrTrx, ids: readonly number[]) {
  // Within one SQLite statement an IN list of a few thousand ids is fine; larger sets go in slices.
  const select = async <T>(fetch: (slice: number[]) => Promise<T[]>): Promise<T[]> => {
    const out: T[] = [];
    for (let i = 0; i < ids.length; i += 5000) out.push(...(await fetch(ids.slice(i, i + 5000))));
    return out;
  };
  const [
    parties,
    contacts,
    criteria,
    commitments,
    bodies,
    members,
    followUps,
    years,
    lines,
    funding,
    instalments,
    clauses,
    appendices,
    amendments,
  ] = await Promise.all([
    select((s) => db.selectFrom('agreement_party').selectAll().where('agreement_id', 'in', s).execute()),
    select((s) =>
      db.selectFrom('agreement_party_contact').selectAll().where('agreement_id', 'in', s).execute(),
    ),
    select((s) => db.selectFrom('agreement_criterion').selectAll().where('agreement_id', 'in', s).execute()),
    select((s) => db.selectFrom('agreement_commitment').selectAll().where('agreement_id', 'in', s).execute()),
    select((s) =>
      db.selectFrom('agreement_governance_body').selectAll().where('agreement_id', 'in', s).execute(),
    ),
    select((s) =>
      db.selectFrom('agreement_governance_member').selectAll().where('agreement_id', 'in', s).execute(),
    ),
    select((s) => db.selectFrom('agreement_follow_up').selectAll().where('agreement_id', 'in', s).execute()),
    select((s) =>
      db.selectFrom('agreement_budget_year').selectAll().where('agreement_id', 'in', s).execute(),
    ),
    select((s) =>
      db.selectFrom('agreement_budget_line').selectAll().where('agreement_id', 'in', s).execute(),
    ),
    select((s) => db.selectFrom('agreement_funding').selectAll().where('agreement_id', 'in', s).execute()),
    select((s) => db.selectFrom('agreement_instalment').selectAll().where('agreement_id', 'in', s).execute()),
    select((s) => db.selectFrom('agreement_clause').selectAll().where('agreement_id', 'in', s).execute()),
    select((s) => db.selectFrom('agreement_appendix').selectAll().where('agreement_id', 'in', s).execute()),
    select((s) => db.selectFrom('agreement_amendment').selectAll().where('agreement_id', 'in', s).execute()),
  ]);
  return {
    parties,
    contacts,
    criteria,
    commitments,
    bodies,
    members,
    followUps,
    years,
    lines,
    funding,
    instalments,
    clauses,
    appendices,
    amendments,
  };
}
