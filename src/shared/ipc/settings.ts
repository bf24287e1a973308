import { z } from 'zod';
import { anyRole, channel } from './channel';
import { empty } from './common';

export const appSettings = z.object({
  idleLockMinutes: z.number().int().min(1, { error: 'idleMinutes.range' }).max(120, { error: 'idleMinutes.range' }),
});
export type AppSettings = z.infer<typeof appSettings>;

export const settingsContract = {
  'settings:get': channel({
    db: 'read',
    input: empty,
    output: appSettings,
    access: { kind: 'session', roles: anyRole },
  }),
  'settings:update': channel({
    input: appSettings.strict(),
    output: appSettings,
    access: { kind: 'session', roles: ['admin'] },
  }),
};
