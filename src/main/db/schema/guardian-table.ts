import type { Generated } from 'kysely';
import type { Representative } from '../../../shared/support-groups/vocabulary';

export interface GuardianTable {
  id: Generated<number>;
  child_id: number;
  position: number;
  name: string;
  phone: string;
  email: string;
  has_custody: 0 | 1;
  /** God man or särskilt förordnad vårdnadshavare; null for a parent. */
  representative: Representative | null;
}
