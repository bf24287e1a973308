// Signing in as different users of a test installation through the router.
import type { Role } from '../../src/shared/roles';
import type { Session } from '../../src/shared/ipc/installation';
import { adminPassword, type TempApp } from './temp-app';

/** The session of the first admin that setup creates (`createInstalledApp`). */
export const adminSession = {
  userId: 1,
  username: 'admin',
  displayName: 'Ada Admin',
  role: 'admin',
  mustChangePassword: false,
} satisfies Session;

/** How main refuses input with field errors (the envelope a refused call returns). */
export const validationRefusal = (fields: Record<string, string>) => ({
  ok: false,
  error: {
    code: 'validation',
    message: 'Uppgifterna kunde inte sparas. Rätta de markerade fälten.',
    fields,
  },
});

export const temporaryPassword = 'tillfälligt-lösen-1';
export const passwordOf = (username: string) => `${username}-eget-lösenord-2026`;

/** Locks whatever session is open and signs in. */
export async function signIn(app: TempApp, username: string, password: string): Promise<Session> {
  if (app.installation.state === 'unlocked') await app.must('auth:lock', {});
  return app.must('auth:unlock', { username, password });
}

export const signInAsAdmin = (app: TempApp) => signIn(app, 'admin', adminPassword);

/**
 * Creates a user as the admin (who must be signed in), lets the user replace the
 * temporary password with `passwordOf(username)`, and signs the admin back in.
 */
export async function addUser(
  app: TempApp,
  role: Role,
  username: string = role,
): Promise<{ id: number; username: string; password: string }> {
  const user = await app.must('users:create', {
    username,
    displayName: `${username.charAt(0).toUpperCase()}${username.slice(1)} Testsson`,
    role,
    temporaryPassword,
  });
  await signIn(app, username, temporaryPassword);
  await app.must('auth:changePassword', {
    currentPassword: temporaryPassword,
    newPassword: passwordOf(username),
  });
  await signInAsAdmin(app);
  return { id: user.id, username, password: passwordOf(username) };
}
