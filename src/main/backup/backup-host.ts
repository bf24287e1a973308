// What backups need from the installation, seen from the backup side: the
// files, the state and session, the database while unlocked, a copy of the
// key to back up with, the audit log, and the swap of a restore.
// The installation provides it; backup/ never imports installation/.
import type { Session } from '../../shared/ipc/installation';
import type { NewAuditEntry } from '../audit/audit-repository';
import type { Clock } from '../base/clock';
import type { DataPaths } from '../base/data-paths';
import type { Db } from '../db/schema/database';
import type { BackupSource } from './backup-create';

export interface BackupHost {
  readonly paths: DataPaths;
  readonly clock: Clock;
  readonly state: 'uninitialised' | 'locked' | 'unlocked';
  readonly session: Session | null;
  /** Throws `locked` while locked. */
  readonly db: Db;
  audit(entry: NewAuditEntry): Promise<void>;
  /** A copy of the master key (the caller zeroes it) and the keyring; only while unlocked. */
  backupSource(): BackupSource;
  /** quick_check of the database file; a damaged file is recorded as an alarm for the admin. */
  checkDatabase(): Promise<string[]>;
  /** Locks, runs `swap` with sign-in kept out, then reads the new keyring. */
  replaceData(swap: () => void | Promise<void>): Promise<void>;
}
