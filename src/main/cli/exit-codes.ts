// The command line's exit codes (printed by --help): scripts and scheduled
// tasks branch on them.
import type { ErrorCode } from '../../shared/error-codes';

export const exitCodes = { ok: 0, usage: 1, wrongSecret: 2, badBackup: 3, newerVersion: 4, other: 5, folderInUse: 6 } as const;
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

export function exitCodeFor(code: ErrorCode): ExitCode {
  switch (code) {
    case 'backup.wrongSecret':
    case 'auth.wrongCredentials':
    case 'auth.throttled':
    case 'auth.userDisabled':
      return exitCodes.wrongSecret;
    case 'backup.notBackup':
    case 'backup.tampered':
      return exitCodes.badBackup;
    case 'dataFolder.inUse':
    case 'dataFolder.inUseForChange':
    case 'backup.restoreInProgress':
      return exitCodes.folderInUse;
    case 'backup.newerVersion':
    case 'database.newerVersion':
      return exitCodes.newerVersion;
    default:
      return exitCodes.other;
  }
}
