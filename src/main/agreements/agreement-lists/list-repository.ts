// The SQL of an agreement's lists (parties, criteria, governance, follow-ups,
// economy, clauses, appendices) in their own tables. A draft's
// lists are replaced as a whole on every save, never patched.
import type { Insertable, Selectable } from 'kysely';
import type { AgreementSignatureTable } from '../../db/schema/agreement-signature-table';
import type { Database } from '../../db/schema/database';
import type { ReadDb, WriteDb } from '../../db/handles';

/** SQLite allows 32 766 bound parameters; inserts go in chunks well below. */
const chunk = 400;

export async function insertAll<TB extends ListTable>(
  db: WriteDb,
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
] as const;
type ListTable = (typeof listTables)[number];

/** Deletes every list of the agreement and returns the signatures it had, for the caller to keep some. */
export async function deleteLists(
  db: WriteDb,
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

/** Which table holds each of an agreement's lists. */
const listTableOf = {
  parties: 'agreement_party',
  contacts: 'agreement_party_contact',
  criteria: 'agreement_criterion',
  commitments: 'agreement_commitment',
  bodies: 'agreement_governance_body',
  members: 'agreement_governance_member',
  followUps: 'agreement_follow_up',
  years: 'agreement_budget_year',
  lines: 'agreement_budget_line',
  funding: 'agreement_funding',
  instalments: 'agreement_instalment',
  clauses: 'agreement_clause',
  appendices: 'agreement_appendix',
} as const satisfies Record<string, ListTable>;

/** Each list's rows, by agreement id. */
export type ListsByAgreement = {
  [L in keyof typeof listTableOf]: Map<number, Selectable<Database[(typeof listTableOf)[L]]>[]>;
};

/** Every list row of these agreements, one query per table, grouped by agreement. */
export async function listsByAgreement(db: ReadDb, ids: readonly number[]): Promise<ListsByAgreement> {
  const byAgreement = async (table: ListTable) => {
    const out = new Map<number, Selectable<Database[ListTable]>[]>();
    // Within one SQLite statement an IN list of a few thousand ids is fine; larger sets go in slices.
    for (let i = 0; i < ids.length; i += 5000) {
      const slice = ids.slice(i, i + 5000);
      for (const row of await db.selectFrom(table).selectAll().where('agreement_id', 'in', slice).execute()) {
        const list = out.get(row.agreement_id);
        if (list) list.push(row);
        else out.set(row.agreement_id, [row]);
      }
    }
    return out;
  };
  const lists = await Promise.all(
    Object.entries(listTableOf).map(async ([list, table]) => [list, await byAgreement(table)] as const),
  );
  // Kysely cannot type the rows of a table chosen at run time; ListsByAgreement names each list's row type.
  return Object.fromEntries(lists) as ListsByAgreement;
}
