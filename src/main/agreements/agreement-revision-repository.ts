// Rows of the version history: one JSON snapshot of the data per save.
import type { Insertable } from 'kysely';
import type { AgreementRevisionTable } from '../db/schema/agreement-revision-table';
import type { DbOrTrx } from '../db/schema/database';

export async function insertRevision(db: DbOrTrx, values: Insertable<AgreementRevisionTable>): Promise<void> {
  await db.insertInto('agreement_revision').values(values).execute();
}

/** The agreement's versions, newest first, with who saved each. */
export async function revisionRows(db: DbOrTrx, agreementId: number) {
  return db
    .selectFrom('agreement_revision as r')
    .leftJoin('user as u', 'u.id', 'r.saved_by_user_id')
    .select(['r.revision', 'r.saved_at', 'r.status', 'u.display_name'])
    .where('r.agreement_id', '=', agreementId)
    .orderBy('r.revision', 'desc')
    .execute();
}

/** The stored JSON snapshot of one version, if it exists. */
export async function revisionSnapshot(
  db: DbOrTrx,
  agreementId: number,
  revision: number,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('agreement_revision')
    .select('snapshot')
    .where('agreement_id', '=', agreementId)
    .where('revision', '=', revision)
    .executeTakeFirst();
  return row?.snapshot;
}
