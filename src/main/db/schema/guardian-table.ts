import type { Generated } from 'kysely';

export interface GuardianTable {
  id: Generated<number>;
  child_id: number;
  position: number;
  name: string;
  phone: string;
  email: string;
  has_custody: 0 | 1;
}
