// The confirmations as the agreement view and the calendars read them.
import type { FundsConfirmation } from '../../../shared/agreements/funds';
import type { ReadDb } from '../../db/handles';
import { confirmedYearRows, fundsConfirmationRows } from './funds-confirmation-repository';

/** The agreement's confirmations; for a viewer without who recorded them. */
export async function readFundsConfirmations(
  db: ReadDb,
  agreementId: number,
  redact: boolean,
): Promise<FundsConfirmation[]> {
  const rows = await fundsConfirmationRows(db, agreementId);
  return rows.map((r) => ({
    year: r.year,
    grantedOn: r.granted_on,
    grantedBy: r.granted_by,
    decisionReference: r.decision_reference,
    note: r.note,
    recordedBy: redact ? null : r.recorded_by_name,
    recordedAt: r.recorded_at,
  }));
}

/** The confirmed years of every agreement. */
export async function confirmedYearsByAgreement(db: ReadDb): Promise<Map<number, Set<number>>> {
  const map = new Map<number, Set<number>>();
  for (const row of await confirmedYearRows(db)) {
    const years = map.get(row.agreement_id);
    if (years) years.add(row.year);
    else map.set(row.agreement_id, new Set([row.year]));
  }
  return map;
}
