import type { Generated } from 'kysely';

/** A change of a child's protected identity (skyddade personuppgifter). */
export interface ProtectionChangeTable {
  id: Generated<number>;
  child_id: number;
  change: 'set' | 'lifted';
  reason: string;
  changed_by_user_id: number | null;
  changed_at: string;
}
