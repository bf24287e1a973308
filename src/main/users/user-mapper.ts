import type { Selectable } from 'kysely';
import type { User } from '../../shared/ipc/users';
import type { UserTable } from '../db/schema/user-table';

export type UserRow = Selectable<UserTable>;

export const toUser = (row: UserRow): User => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  role: row.role,
  disabled: row.disabled === 1,
  mustChangePassword: row.must_change_password === 1,
  createdAt: row.created_at,
});
