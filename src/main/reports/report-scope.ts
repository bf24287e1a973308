// Which agreements a report covers: one agreement, or every agreement whose
// period overlaps the report period (drafts and memos not yet decided are
// left out: nothing is carried out under them) and any agreement under which
// a group started in the period.
import type { ReportAgreement, ReportScopeInput } from '../../shared/ipc/reports';
import type { ReadDb } from '../db/handles';
import { AppFailure } from '../base/app-error';

export interface ScopeAgreement {
  id: number;
  registrationNumber: string;
  title: string;
  /** Short label used in tables: registration number and title. */
  label: string;
}

const notCarriedOut = ['draft', 'forDecision'] as const;

export async function listReportAgreements(db: ReadDb): Promise<ReportAgreement[]> {
  const rows = await db
    .selectFrom('agreement')
    .select(['id', 'title', 'registration_number', 'start_date', 'end_date'])
    .orderBy('start_date', 'desc')
    .orderBy('registration_number')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    registrationNumber: r.registration_number,
    start: r.start_date,
    end: r.end_date,
  }));
}

const toScope = (r: { id: number; registration_number: string; title: string }): ScopeAgreement => ({
  id: r.id,
  registrationNumber: r.registration_number,
  title: r.title,
  label: `${r.registration_number} ${r.title}`.trim(),
});

export async function scopeAgreements(
  db: ReadDb,
  scope: ReportScopeInput,
  period: { from: string; to: string },
): Promise<ScopeAgreement[]> {
  if (scope.kind === 'agreement') {
    const row = await db
      .selectFrom('agreement')
      .select(['id', 'registration_number', 'title'])
      .where('id', '=', scope.agreementId)
      .executeTakeFirst();
    if (!row) throw new AppFailure('notFound');
    return [toScope(row)];
  }
  const rows = await db
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
  return rows.map(toScope);
}
