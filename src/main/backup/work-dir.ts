// Private work folders for snapshots and decrypted copies (which are still
// SQLCipher-encrypted): inside the data folder, so they sit on the same disk
// and get the same protection, readable only by the user. Always removed
// after use; folders left by a crashed process are removed at the next start.
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const workFolderName = '.work';

export interface WorkDir {
  path: string;
  dispose(): void;
}

/** A new private folder under `<dataDir>/.work`, or under the system temp folder without a data folder (CLI verify). */
export function createWorkDir(dataDir: string | null, purpose: string): WorkDir {
  let path: string;
  if (dataDir) {
    const root = join(dataDir, workFolderName);
    mkdirSync(root, { recursive: true, mode: 0o700 });
    path = join(root, `${purpose}-${process.pid}-${randomUUID()}`);
    mkdirSync(path, { mode: 0o700 });
  } else {
    path = mkdtempSync(join(tmpdir(), `iop-desk-${purpose}-`));
  }
  return { path, dispose: () => rmSync(path, { recursive: true, force: true }) };
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes work folders whose process has ended (a crash or a kill during a backup). */
export function removeStaleWorkDirs(dataDir: string): void {
  const root = join(dataDir, workFolderName);
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(name.split('-')[1]);
    const stale = !Number.isInteger(pid) || (pid !== process.pid && !processAlive(pid));
    if (stale) rmSync(join(root, name), { recursive: true, force: true });
  }
}
