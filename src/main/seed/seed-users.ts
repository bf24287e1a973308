// Demo users, one per role besides the first administrator. Invented names.
import type { Role } from '../../shared/roles';
import type { Installation } from '../app/installation';
import type { Db } from '../db/schema/database';
import { insertDemoUser, userExists } from './seed-repository';

export const demoUsers: readonly { username: string; displayName: string; role: Role }[] = [
  { username: 'handlaggare', displayName: 'Hanna Handläggare', role: 'caseworker' },
  { username: 'koordinator', displayName: 'Kalle Koordinator', role: 'coordinator' },
  { username: 'lasare', displayName: 'Lisa Läsare', role: 'viewer' },
  { username: 'admin2', displayName: 'Adam Andersadmin', role: 'admin' },
];

/** Adds the demo users that do not exist yet; each gets `password` (no forced change). Returns how many were added. */
export async function seedUsers(installation: Installation, db: Db, now: string, password: string): Promise<number> {
  let added = 0;
  for (const user of demoUsers) {
    if (await userExists(db, user.username)) continue;
    const id = await insertDemoUser(db, {
      username: user.username,
      display_name: user.displayName,
      role: user.role,
      disabled: 0,
      must_change_password: 0,
      created_at: now,
      updated_at: now,
    });
    await installation.setPassword(db, id, password, { mustChange: false });
    added++;
  }
  return added;
}
