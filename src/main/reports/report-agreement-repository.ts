// The reads reports make on the `agreement` table: the list to choose from
// and the agreements a report's scope covers.
import type { DbOrTrx } from '../db/schema/database';

const notCarriedOut = ['draft', 'forDecision'] as const;

export async function agreementExists(db: DbOrTrx, id: number): Promise<boolean> {
  const row = await db.selectFrom('agreement').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

/** Every agreement, latest start first. */
export async function reportAgreementRows(db: DbOrTrx) {
  return db
    .selectFrom('agreement')
    .select(['id', 'title', 'registration_number', 'start_date', 'end_date'])
    .orderBy('start_date', 'desc')
    .orderBy('registration_number')
    .execute();
}

export async function scopeAgreementRow(db: DbOrTrx, id: number) {
  return db
    .selectFrom('agreement')
    .select(['id', 'registration_number', 'title'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * Agreements carried out in the period (drafts and memos not yet decided are
 * left out), and any agreement under which a group started in it.
 */
export async function scopeAgreementRows(db: DbOrTrx, period: { from: string; to: string }) {
  return db
    .selectFrom('agreement as a')
    .select(['a.id', 'a.registration_number', 'a.title'])
    .where((eb) =>
      eb.or([
        eb.and([
          eb('a.start_date', '<=', period.to),
          eb('a.end_date', '>=', period.from),
          eb('a.status', 'not in', notCarriedOut),
        ]),
        // Whatever its status, an agreement under which groups ran in the period is reported.
        eb.exists(
          eb
            .selectFrom('programme as p')
            .innerJoin('support_group as g', 'g.programme_id', 'p.id')
            .select('g.id')
            .whereRef('p.agreement_id', '=', 'a.id')
            .where('g.start_date', '>=', period.from)
            .where('g.start_date', '<=', period.to),
        ),
      ]),
    )
    .orderBy('a.registration_number')
    .execute();
}
