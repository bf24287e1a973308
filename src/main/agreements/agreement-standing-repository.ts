// The rows an agreement's standing is computed from, besides the agreement
// row itself: the period of one organisation's appendices.
import type { ReadDb } from '../db/handles';

/** The organisation's appendices in the agreement, with the dates they are valid between (null: the agreement's). */
export async function appendixPeriodRows(db: ReadDb, agreementId: number, organisationId: number) {
  return db
    .selectFrom('agreement_appendix')
    .select(['valid_from', 'valid_to'])
    .where('agreement_id', '=', agreementId)
    .where('organisation_id', '=', organisationId)
    .execute();
}
