// Asking the user for a folder or file with the operating system's dialog
// (Electron's dialog in the app; a test stand-in in the Chromium bridge).
import { z } from 'zod';
import { anyRole, channel } from './channel';

export const pickPurposes = [
  'backupFolder',
  'backupFile',
  'documentFolder',
  'exportFolder',
  'importFile',
  'attachmentFile',
  'attachmentFolder',
  'exchangePackage',
  'exchangeCard',
] as const;
export type PickPurpose = (typeof pickPurposes)[number];

const picked = z.object({ path: z.string().nullable() });

export const filesContract = {
  'files:chooseFolder': channel({
    db: 'read',
    input: z.object({ purpose: z.enum(pickPurposes) }).strict(),
    output: picked,
    access: { kind: 'session', roles: anyRole },
  }),
  /** Public: the first-run screen picks a backup file to restore before any user exists. */
  'files:chooseFile': channel({
    db: 'read',
    input: z.object({ purpose: z.enum(pickPurposes) }).strict(),
    output: picked,
    access: { kind: 'public' },
  }),
};
