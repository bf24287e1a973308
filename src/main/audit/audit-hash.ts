// The hash chain over the audit log: each entry's hash covers its own fields
// and the previous entry's hash, so an edit, insertion or deletion shows.
import { createHash } from 'node:crypto';

export const genesisHash = '0'.repeat(64);

export interface HashedFields {
  id: number;
  at: string;
  user_id: number | null;
  role: string | null;
  channel: string;
  entity_type: string | null;
  entity_id: string | null;
  outcome: string;
}

export function auditHash(prevHash: string, e: HashedFields): string {
  const canonical = JSON.stringify([prevHash, e.id, e.at, e.user_id, e.role, e.channel, e.entity_type, e.entity_id, e.outcome]);
  return createHash('sha256').update(canonical).digest('hex');
}
