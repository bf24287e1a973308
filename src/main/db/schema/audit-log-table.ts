import type { Generated } from 'kysely';

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: number | null;
  role: string | null;
  channel: string;
  entity_type: string | null;
  entity_id: string | null;
  outcome: 'ok' | 'denied' | 'invalid' | 'failed';
  prev_hash: string;
  hash: string;
}
