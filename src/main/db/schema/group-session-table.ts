import type { Generated } from 'kysely';
import type { SessionKind } from '../../../shared/support-groups/session-schedule';

export interface GroupSessionTable {
  id: Generated<number>;
  group_id: number;
  date: string;
  start_time: string;
  minutes: number;
  kind: SessionKind;
  cancelled: 0 | 1;
}
