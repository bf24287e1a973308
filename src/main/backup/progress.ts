import type { BackupJobPhase } from '../../shared/ipc/backup';

/** Reports the current phase of a long operation and how far it has come (total 0 = unknown). */
export type ProgressReporter = (phase: BackupJobPhase, done: number, total: number) => void;
