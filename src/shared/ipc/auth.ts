import { z } from 'zod';
import { anyRole, channel } from './channel';
import { empty, nothing, password, username } from './common';
import { integrityAlerts } from './audit';
import { sessionSchema } from './installation';

export const lockScreenUser = z.object({ username: z.string(), displayName: z.string() });
export type LockScreenUser = z.infer<typeof lockScreenUser>;

export const authContract = {
  /** Who can sign in on this machine (from the keyring; shown on the lock screen). */
  'auth:users': channel({ db: 'read', input: empty, output: z.array(lockScreenUser), access: { kind: 'public' } }),
  'auth:unlock': channel({
    input: z.object({ username, password: z.string().min(1, { error: 'field.required' }).max(512) }).strict(),
    output: sessionSchema,
    access: { kind: 'public' },
  }),
  'auth:recover': channel({
    input: z
      .object({ username, recoveryKey: z.string().min(1, { error: 'field.required' }).max(200), newPassword: password })
      .strict(),
    output: sessionSchema,
    access: { kind: 'public' },
  }),
  'auth:lock': channel({
    input: empty,
    output: nothing,
    access: { kind: 'session', roles: anyRole, whilePasswordChangeRequired: true },
  }),
  'auth:changePassword': channel({
    input: z.object({ currentPassword: z.string().min(1, { error: 'field.required' }).max(512), newPassword: password }).strict(),
    output: sessionSchema,
    access: { kind: 'session', roles: anyRole, whilePasswordChangeRequired: true },
  }),
  /**
   * Open integrity alarms of the audit log (audit/integrity-alerts.ts): the
   * details for an admin, only the number for everyone else (who is told to contact an admin).
   */
  'auth:alerts': channel({ db: 'read', input: empty, output: integrityAlerts, access: { kind: 'session', roles: anyRole } }),
};
