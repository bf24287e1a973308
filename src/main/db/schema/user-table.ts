import type { Generated } from 'kysely';

export interface UserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  role: 'admin' | 'caseworker' | 'coordinator' | 'viewer';
  disabled: number;
  must_change_password: number;
  created_at: string;
  updated_at: string;
}
