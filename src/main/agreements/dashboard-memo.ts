// Översikt's memo: each agreement's part of the dashboard (its items needing
// attention and its row in the per-agreement list) as last derived, kept with
// the agreement's calendar stamp, the day and the horizon it was derived for.
// The stamp (agreement_calendar_stamp, migration 0021) is changed by triggers
// on every table the calendar reads, so a part is served only while nothing it
// was derived from has changed; anything else is derived again. Organisation
// names are not kept: they are looked up on every call.
import type { IsoDate } from '../../shared/dates';
import type { Dashboard, DashboardItem } from '../../shared/ipc/agreements';

export type AgreementItem = Omit<DashboardItem, 'organisationName'>;

export interface AgreementPart {
  items: AgreementItem[];
  row: Dashboard['agreements'][number];
}

interface Entry extends AgreementPart {
  stamp: string;
  day: string;
}

export class DashboardMemo {
  private readonly parts = new Map<number, Entry>();

  /** The part kept for the agreement, if derived with this stamp on this day for this horizon. */
  get(agreementId: number, stamp: string | null, today: IsoDate, horizonDays: number): AgreementPart | undefined {
    const entry = this.parts.get(agreementId);
    return entry && stamp !== null && entry.stamp === stamp && entry.day === `${today}+${horizonDays}`
      ? entry
      : undefined;
  }

  set(agreementId: number, stamp: string | null, today: IsoDate, horizonDays: number, part: AgreementPart): void {
    if (stamp === null) this.parts.delete(agreementId);
    else this.parts.set(agreementId, { ...part, stamp, day: `${today}+${horizonDays}` });
  }

  /** Forgets the agreements no longer followed up (or deleted), so the memo holds at most what Översikt shows. */
  keepOnly(agreementIds: ReadonlySet<number>): void {
    for (const id of this.parts.keys()) if (!agreementIds.has(id)) this.parts.delete(id);
  }
}

/** The one memo of the process: stamps are random, so agreements of another database never match. */
export const dashboardMemo = new DashboardMemo();
