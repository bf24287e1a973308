// The command line's exit codes (printed by --help): scripts and scheduled
// tasks branch on them.
import type { ErrorCode } from '../../shared/error-codes';

export const exitCodes = { ok: 0, usage: 1, wrongSecret: 2, badBackup: 3, newerVersion: 4, other: 5, folderInUse: 6, exchangeRefused: 7, notConfirmed: 8 } as const;
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
    case 'exchange.unknownSender':
    case 'exchange.partnerNotVerified':
    case 'exchange.partnerDisabled':
    case 'exchange.badSignature':
    case 'exchange.notForUs':
    case 'exchange.expired':
    case 'exchange.alreadyImported':
    case 'exchange.damaged':
    case 'exchange.tooLarge':
    case 'exchange.wrongKindForRole':
    case 'exchange.unknownProgramme':
    case 'exchange.notCard':
    case 'exchange.ownCard':
    case 'exchange.cardKnown':
    case 'exchange.fingerprintMismatch':
    case 'exchange.unknownSubject':
    case 'exchange.notAnswered':
      return exitCodes.exchangeRefused;
    case 'backup.newerVersion':
    case 'database.newerVersion':
      return exitCodes.newerVersion;
    default:
      return exitCodes.other;
  }
}
