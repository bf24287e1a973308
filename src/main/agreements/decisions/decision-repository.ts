// Rows of the boards' decisions: one per public party that has decided.
import type { BoardDecision } from '../../../shared/agreements/decisions';
import type { ReadDb, WriteDb } from '../../db/handles';

export async function decisionsOf(db: ReadDb, agreementId: number): Promise<BoardDecision[]> {
  const rows = await db
    .selectFrom('agreement_decision as d')
    .leftJoin('agreement_party as p', (join) =>
      join
        .onRef('p.agreement_id', '=', 'd.agreement_id')
        .onRef('p.organisation_id', '=', 'd.organisation_id'),
    )
    .select(['d.organisation_id', 'd.board', 'd.decided_on', 'd.paragraph', 'd.proposal'])
    .where('d.agreement_id', '=', agreementId)
    .orderBy('p.position')
    .orderBy('d.organisation_id')
    .execute();
  return rows.map((r) => ({
    organisationId: r.organisation_id,
    board: r.board,
    date: r.decided_on,
    paragraph: r.paragraph,
    proposal: r.proposal,
  }));
}

/** Records a board's decision, replacing an earlier one of the same party (a correction before the agreement is decided). */
export async function upsertDecision(
  db: WriteDb,
  agreementId: number,
  decision: BoardDecision,
  recorded: { recorded_by_user_id: number; recorded_at: string },
): Promise<void> {
  const values = {
    board: decision.board,
    decided_on: decision.date,
    paragraph: decision.paragraph,
    proposal: decision.proposal,
    ...recorded,
  };
  await db
    .insertInto('agreement_decision')
    .values({ agreement_id: agreementId, organisation_id: decision.organisationId, ...values })
    .onConflict((oc) => oc.columns(['agreement_id', 'organisation_id']).doUpdateSet(values))
    .execute();
}

/** Decisions taken on a text that goes back to draft no longer hold. */
export async function deleteDecisions(db: WriteDb, agreementId: number): Promise<void> {
  await db.deleteFrom('agreement_decision').where('agreement_id', '=', agreementId).execute();
}
