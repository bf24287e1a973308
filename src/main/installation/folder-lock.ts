// One process holds the data folder: the app (or a command that changes data)
// writes `iop-desk.lock` with its process id, the process's start time and a
// random nonce, created atomically (a hard link of a finished file, so the lock
// never exists half-written). A lock whose process has ended (a crash, a kill)
// is stale and taken over; a pid the system has since given to another
// process is recognised by its different start time (Linux).
//
// Commands that only read (backup create/verify, audit verify) run beside the
// app: they never take the lock, they register a reader file instead, so a
// command that changes data can see them and refuse.
import { randomBytes } from 'node:crypto';
import { linkSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { AppFailure } from '../base/app-error';

export const lockFileName = 'iop-desk.lock';
const readerPrefix = 'iop-desk.lock.reader-';
/** A lock file that cannot be read is stale once it is this old (a crash between create and write cannot happen with link(), but a damaged file can). */
const unreadableGraceMs = 10_000;

const lockRecord = z.object({
  pid: z.number().int().positive(),
  /** The process's start time in clock ticks since boot (Linux), else null. */
  startTicks: z.string().nullable(),
  nonce: z.string(),
  holder: z.enum(['app', 'cli']),
  host: z.string(),
  since: z.string(),
});
export type LockRecord = z.infer<typeof lockRecord>;

/** `exclusive`: the app, or a command that changes data. `shared`: a command that only reads, beside the app. */
export type FolderAccess = 'exclusive' | 'shared';

/** The start time of a process (field 22 of /proc/<pid>/stat), or null where that cannot be read. */
export function processStartTicks(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

function pidRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the process that wrote `record` still runs. A lock from another machine (a shared folder) counts as live. */
export function holderAlive(record: LockRecord): boolean {
  if (record.host !== hostname()) return true;
  if (!pidRunning(record.pid)) return false;
  if (record.startTicks === null) return true;
  const now = processStartTicks(record.pid);
  // Same pid, other start time: the pid was given to a new process after the holder ended.
  return now === null || now === record.startTicks;
}

function readRecord(file: string): LockRecord | 'unreadable' | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return 'unreadable';
  }
  try {
    return lockRecord.parse(JSON.parse(text));
  } catch {
    return 'unreadable';
  }
}

function ageMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function newRecord(holder: LockRecord['holder']): LockRecord {
  return {
    pid: process.pid,
    startTicks: processStartTicks(process.pid),
    nonce: randomBytes(12).toString('hex'),
    holder,
    host: hostname(),
    since: new Date().toISOString(),
  };
}

/** Writes `record` to a private file, then links it to `target`: fails with EEXIST when `target` exists. */
function createAtomically(dataDir: string, target: string, record: LockRecord): void {
  const temp = join(dataDir, `.${lockFileName}.${record.nonce}.tmp`);
  writeFileSync(temp, `${JSON.stringify(record)}\n`, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(temp, target);
  } finally {
    rmSync(temp, { force: true });
  }
}

/** Removes a stale lock, unless another process replaced it in the meantime (then it is put back). */
function removeStale(dataDir: string, file: string, stale: LockRecord | 'unreadable'): void {
  const aside = join(dataDir, `.${lockFileName}.stale-${randomBytes(6).toString('hex')}`);
  try {
    renameSync(file, aside);
  } catch {
    return; // gone already: someone else cleaned up
  }
  const moved = readRecord(aside);
  const same =
    stale === 'unreadable'
      ? moved === 'unreadable'
      : moved !== null && moved !== 'unreadable' && moved.nonce === stale.nonce;
  if (!same) {
    // A fresh lock taken between our read and the rename: give it back.
    try {
      linkSync(aside, file);
    } catch {
      // Another fresh lock exists now; the one we moved belongs to a process that will find its lock gone at release only.
    }
  }
  rmSync(aside, { force: true });
}

export class FolderLock {
  private released = false;
  private readonly onExit = () => this.release();

  private constructor(
    readonly access: FolderAccess,
    private readonly file: string,
    readonly record: LockRecord,
  ) {
    // A process that ends without closing (an uncaught error) still leaves no lock behind.
    process.once('exit', this.onExit);
  }

  /** Beside another process that may write: no migrations, no restore recovery, no locked-queue flush. */
  get shared(): boolean {
    return this.access === 'shared';
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    process.removeListener('exit', this.onExit);
    const current = readRecord(this.file);
    if (current !== null && current !== 'unreadable' && current.nonce === this.record.nonce)
      rmSync(this.file, { force: true });
  }

  /**
   * Holds the data folder for this process. Refuses (`dataFolder.inUse`) while
   * another live process holds it; a command that changes data (`holder: 'cli'`)
   * also refuses while a read-only command runs (`dataFolder.inUseForChange`).
   */
  static exclusive(dataDir: string, holder: LockRecord['holder']): FolderLock {
    const file = join(dataDir, lockFileName);
    const refusal = holder === 'cli' ? 'dataFolder.inUseForChange' : 'dataFolder.inUse';
    const record = newRecord(holder);
    for (let attempt = 0; ; attempt++) {
      try {
        createAtomically(dataDir, file, record);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 3) throw error;
      }
      const existing = readRecord(file);
      if (existing === null) continue;
      if (existing === 'unreadable' ? ageMs(file) < unreadableGraceMs : holderAlive(existing))
        throw new AppFailure(refusal);
      removeStale(dataDir, file, existing);
    }
    const lock = new FolderLock('exclusive', file, record);
    // The other side of the reader handshake: readers register first, then look for this file.
    if (holder === 'cli' && liveReaders(dataDir).length > 0) {
      lock.release();
      throw new AppFailure(refusal);
    }
    return lock;
  }

  /**
   * Registers a read-only command. Runs beside the app; refuses
   * (`dataFolder.inUseForChange`) while a command that changes data holds the folder.
   */
  static shared(dataDir: string): FolderLock {
    const record = newRecord('cli');
    const file = join(dataDir, `${readerPrefix}${record.pid}-${record.nonce}`);
    writeFileSync(file, `${JSON.stringify(record)}\n`, { mode: 0o600, flag: 'wx' });
    const lock = new FolderLock('shared', file, record);
    const holder = readRecord(join(dataDir, lockFileName));
    if (holder !== null && holder !== 'unreadable' && holder.holder === 'cli' && holderAlive(holder)) {
      lock.release();
      throw new AppFailure('dataFolder.inUseForChange');
    }
    return lock;
  }
}

/** Reader files of running read-only commands; those of ended processes are removed. */
function liveReaders(dataDir: string): LockRecord[] {
  const live: LockRecord[] = [];
  for (const name of readdirSync(dataDir)) {
    if (!name.startsWith(readerPrefix)) continue;
    const file = join(dataDir, name);
    const record = readRecord(file);
    if (record === null) continue;
    if (record !== 'unreadable' && holderAlive(record)) live.push(record);
    else if (record !== 'unreadable' || ageMs(file) >= unreadableGraceMs) rmSync(file, { force: true });
  }
  return live;
}
