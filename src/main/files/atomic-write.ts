// Crash-safe file replacement: write beside, flush, rename, flush the folder.
// After a crash the file is either the old or the new version, never half.
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeFileAtomic(file: string, data: string | Buffer): void {
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
  fsyncDir(dirname(file));
}

export function fsyncDir(dir: string): void {
  // Windows cannot open a directory for fsync; rename there is already durable enough.
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A tmp file whose writer is gone: its process no longer runs, or it is older than this. */
const staleTmpAgeMs = 60 * 60 * 1000;

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes `<file>.<pid>.tmp` files a kill left between write and rename: those
 * of processes that no longer run, and any older than an hour. A live
 * writer's fresh tmp file is left alone. Returns the names removed.
 */
export function removeStaleTmpFiles(file: string, now = Date.now()): string[] {
  const dir = dirname(file);
  const prefix = `${basename(file)}.`;
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const match = name.startsWith(prefix) ? /^(\d+)\.tmp$/.exec(name.slice(prefix.length)) : null;
    if (!match) continue;
    const path = join(dir, name);
    try {
      const pid = Number(match[1]);
      const old = now - statSync(path).mtimeMs > staleTmpAgeMs;
      if (old || (pid !== process.pid && !processRuns(pid))) {
        rmSync(path, { force: true });
        removed.push(name);
      }
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}
