// Översikt's memo: what it derived per agreement (the items needing attention
// and the agreement's row; its commitments' statuses), kept with the
// agreement's stamp and the key of the call (the day, the horizon). The stamp
// (agreement_calendar_stamp, migration 0021) is changed by triggers on every
// table these read, so a value is served only while nothing it was derived
// from has changed; anything else is derived again. Organisation names and
// commitment texts are not kept: they are read on every call.
import type { CommitmentFollowUpResult } from '../../shared/agreements/commitments/follow-up';
import type { Dashboard, DashboardItem } from '../../shared/ipc/agreements';

export type AgreementItem = Omit<DashboardItem, 'organisationName'>;

export interface AgreementPart {
  items: AgreementItem[];
  row: Dashboard['agreements'][number];
}

/** Values per agreement, each served only for the same stamp and key. */
export class StampMemo<T> {
  private readonly values = new Map<number, { stamp: string; key: string; value: T }>();

  get(agreementId: number, stamp: string | null | undefined, key: string): T | undefined {
    const entry = this.values.get(agreementId);
    return entry && stamp != null && entry.stamp === stamp && entry.key === key ? entry.value : undefined;
  }

  set(agreementId: number, stamp: string | null | undefined, key: string, value: T): void {
    if (stamp == null) this.values.delete(agreementId);
    else this.values.set(agreementId, { stamp, key, value });
  }

  /** Forgets the agreements no longer followed up (or deleted), so the memo holds at most what Översikt shows. */
  keepOnly(agreementIds: ReadonlySet<number>): void {
    for (const id of this.values.keys()) if (!agreementIds.has(id)) this.values.delete(id);
  }
}

export interface DashboardMemo {
  parts: StampMemo<AgreementPart>;
  commitments: StampMemo<CommitmentFollowUpResult[]>;
}

export const emptyMemo = (): DashboardMemo => ({ parts: new StampMemo(), commitments: new StampMemo() });

/** The one memo of the process: stamps are random, so agreements of another database never match. */
export const dashboardMemo = emptyMemo();
