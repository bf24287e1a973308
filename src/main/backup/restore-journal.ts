// The crash-safe swap at the end of a restore. The restored database and
// keyring are first written completely beside the live ones (in
// `<dataDir>/.restore/new`) and flushed. Writing the journal file is the
// commit point: without it the next start discards the staged files and the
// old installation stays as it was; with it the next start finishes the swap
// (roll forward). Every step of the swap is a rename and can be repeated, so
// a kill at any moment leaves either the old or the new installation whole.
import { existsSync, mkdirSync, renameSync, rmSync, type PathLike } from 'node:fs';
import { join } from 'node:path';
import type { DataPaths } from '../base/data-paths';
import { fsyncDir, writeFileAtomic } from '../files/atomic-write';

export const restoreFolderName = '.restore';

export type RestoreStep = 'journalWritten' | 'oldLogRemoved' | 'databaseSwapped' | 'keyringSwapped' | 'committed';

export function restorePaths(paths: DataPaths) {
  const root = join(paths.dataDir, restoreFolderName);
  const staging = join(root, 'new');
  return {
    root,
    staging,
    journal: join(root, 'journal.json'),
    stagedDatabase: join(staging, 'iop-desk.db'),
    stagedKeyring: join(staging, 'keyring.json'),
  };
}

const remove = (path: PathLike) => rmSync(path, { recursive: true, force: true });

/** An empty staging folder for a new restore (anything left from an unfinished one is dropped). */
export function prepareStaging(paths: DataPaths): string {
  const r = restorePaths(paths);
  if (existsSync(r.journal)) finishInterruptedRestore(paths);
  remove(r.root);
  mkdirSync(r.staging, { recursive: true, mode: 0o700 });
  return r.staging;
}

export function discardStaging(paths: DataPaths): void {
  const r = restorePaths(paths);
  if (!existsSync(r.journal)) remove(r.root);
}

function rollForward(paths: DataPaths, onStep: (step: RestoreStep) => void): void {
  const r = restorePaths(paths);
  if (existsSync(r.stagedDatabase)) {
    // The old database's write-ahead log must never be applied to the new file.
    rmSync(`${paths.database}-wal`, { force: true });
    rmSync(`${paths.database}-shm`, { force: true });
    onStep('oldLogRemoved');
    renameSync(r.stagedDatabase, paths.database);
    fsyncDir(paths.dataDir);
    onStep('databaseSwapped');
  }
  if (existsSync(r.stagedKeyring)) {
    renameSync(r.stagedKeyring, paths.keyring);
    fsyncDir(paths.dataDir);
    onStep('keyringSwapped');
  }
  // Sign-in failures and queued audit entries belonged to the old installation.
  rmSync(paths.authState, { force: true });
  rmSync(r.journal, { force: true });
  fsyncDir(r.root);
  onStep('committed');
  remove(r.root);
}

/**
 * Swaps the staged database and keyring into place. Call with the database
 * closed and the staged files complete; `onStep` lets tests stop the process
 * between steps.
 */
export function commitRestore(paths: DataPaths, restoreId: string, onStep: (step: RestoreStep) => void = () => undefined): void {
  const r = restorePaths(paths);
  if (!existsSync(r.stagedDatabase) || !existsSync(r.stagedKeyring)) throw new Error('restore is not staged');
  fsyncDir(r.staging);
  writeFileAtomic(r.journal, `${JSON.stringify({ restoreId })}\n`);
  onStep('journalWritten');
  rollForward(paths, onStep);
}

/** At start, before anything opens the database: finishes or discards a restore a crash interrupted. */
export function finishInterruptedRestore(paths: DataPaths): 'none' | 'finished' | 'discarded' {
  const r = restorePaths(paths);
  if (existsSync(r.journal)) {
    rollForward(paths, () => undefined);
    return 'finished';
  }
  if (existsSync(r.root)) {
    remove(r.root);
    return 'discarded';
  }
  return 'none';
}
