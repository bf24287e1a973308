// Which agreements a report covers: one agreement, or every agreement whose
// period overlaps the report period (drafts and memos not yet decided are
// left out: nothing is carried out under them) and any agreement under which
// a group started in the period.
import type { ReportAgreement, ReportScopeInput } from '../../shared/ipc/reports';
import type { DbOrTrx } from '../db/schema/database';
import { AppFailure } from '../errors/app-error';
import { reportAgreementRows, scopeAgreementRow, scopeAgreementRows } from './report-agreement-repository';

export interface ScopeAgreement {
  id: number;
  registrationNumber: string;
  title: string;
  /** Short label used in tables: registration number and title. */
  label: string;
}

export async function listReportAgreements(db: DbOrTrx): Promise<ReportAgreement[]> {
  const rows = await reportAgreementRows(db);
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
  db: DbOrTrx,
  scope: ReportScopeInput,
  period: { from: string; to: string },
): Promise<ScopeAgreement[]> {
  if (scope.kind === 'agreement') {
    const row = await scopeAgreementRow(db, scope.agreementId);
    if (!row) throw new AppFailure('notFound');
    return [toScope(row)];
  }
  const rows = await scopeAgreementRows(db, period);
  return rows.map(toScope);
}
