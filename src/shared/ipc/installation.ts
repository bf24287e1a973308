import { z } from 'zod';
import { roles } from '../roles';
import { channel } from './channel';
import { empty, password, requiredText, username } from './common';

export const sessionSchema = z.object({
  userId: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  mustChangePassword: z.boolean(),
});
export type Session = z.infer<typeof sessionSchema>;

export const installationStatus = z.object({
  state: z.enum(['uninitialised', 'locked', 'unlocked']),
  organisationName: z.string().nullable(),
  session: sessionSchema.nullable(),
  idleLockMinutes: z.number().int(),
});
export type InstallationStatus = z.infer<typeof installationStatus>;

export const installationContract = {
  'installation:status': channel({ db: 'read', input: empty, output: installationStatus, access: { kind: 'public' } }),
  'installation:setup': channel({
    input: z
      .object({
        organisationName: requiredText(200),
        admin: z.object({ username, displayName: requiredText(100), password }),
      })
      .strict(),
    output: z.object({ recoveryKey: z.string(), session: sessionSchema }),
    access: { kind: 'public' },
  }),
};
