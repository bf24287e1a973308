// The pieces an installation is made of, handed to the flows that use them
// (setup, sign-in, passwords). The Installation facade owns one of each.
import type { Clock } from '../base/clock';
import type { DataPaths } from '../base/data-paths';
import type { KdfCost } from '../keyring/kdf';
import { assertNotThrottled, recordFailedAttempt } from './auth-state';
import type { KeySlots } from './key-slots';
import type { RestoreGate } from './restore-gate';
import type { UnlockedSession } from './session';

export interface InstallationParts {
  paths: DataPaths;
  clock: Clock;
  kdfCost: KdfCost;
  slots: KeySlots;
  session: UnlockedSession;
  gate: RestoreGate;
  /**
   * A read-only command beside the app (see folder-lock.ts): it neither
   * migrates the database nor takes over the app's locked-audit queue.
   */
  besideOthers: boolean;
}

/** Sign-in back-off: refuses while the user (or the shared counter) must wait. */
export function throwIfThrottled(parts: InstallationParts, username: string): void {
  assertNotThrottled(parts.paths.authState, parts.slots.failureKey(username), parts.clock.now());
}

export function recordFailure(parts: InstallationParts, username: string): void {
  recordFailedAttempt(parts.paths.authState, parts.slots.failureKey(username), parts.clock.now());
}
