// A consistent copy of the live database without a snapshot file: the
// encrypted pages are read straight from the database file while a read
// transaction pins them. After a truncating checkpoint the write-ahead log is
// empty, so a read transaction begun then reads the database file alone
// (SQLite's read lock 0), and no checkpoint may write into that file until the
// transaction ends: writers keep appending to the log meanwhile. The pages
// stay encrypted with the database key; nothing is decrypted but the few rows
// the manifest needs (migrations, row counts, the audit chain head).
import { closeSync, fstatSync, openSync, read, statSync } from 'node:fs';
import { promisify } from 'node:util';
import SqliteDatabase from 'better-sqlite3-multiple-ciphers';
import { AppFailure } from '../base/app-error';
import { applyKey, type RawDatabase } from '../db/open-database';
import type { AuditHead } from './manifest';
import { listTables } from './table-digest';

const readAt = promisify(read);
const readSize = 4 * 1024 * 1024;
/** SQLite's lock-byte page starts here (only in files over 1 GiB); it holds no data and may be locked on Windows. */
const lockByteOffset = 0x40000000;
/** How long to wait for a moment with no transaction open, checking every `retryMs`. */
const settleTimeoutMs = 30_000;
const retryMs = 25;

/**
 * Closing any descriptor of a file drops every POSIX lock this process holds on
 * it, SQLite's included, so on POSIX systems the descriptor used to read the
 * live database stays open for the life of the process (one per file; it is
 * replaced when a restore swaps in a new file). Windows locks per handle.
 */
const keptOpen = new Map<string, { fd: number; dev: number; ino: number }>();

function openForReading(file: string): { fd: number; release(): void } {
  if (process.platform === 'win32') {
    const fd = openSync(file, 'r');
    return { fd, release: () => closeSync(fd) };
  }
  const now = statSync(file);
  const kept = keptOpen.get(file);
  if (kept && kept.dev === now.dev && kept.ino === now.ino) return { fd: kept.fd, release: () => undefined };
  // The file was replaced (a restore): this process's connections to the old one are closed.
  if (kept) closeSync(kept.fd);
  const fd = openSync(file, 'r');
  const info = fstatSync(fd);
  keptOpen.set(file, { fd, dev: info.dev, ino: info.ino });
  return { fd, release: () => undefined };
}

function walSize(file: string): number {
  try {
    return statSync(`${file}-wal`).size;
  } catch {
    return 0;
  }
}

export interface DatabasePages {
  pageSize: number;
  sizeBytes: number;
  migrations: string[];
  tables: { name: string; rows: number }[];
  auditHead: AuditHead | null;
  /** The file's bytes as they stand in the read transaction, in 4 MiB chunks (read one ahead). */
  chunks(signal?: AbortSignal): AsyncGenerator<Buffer>;
  /** Ends the read transaction; call when done (also after a failure). */
  close(): void;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/**
 * Checkpoints and begins a read transaction in one synchronous step (nothing
 * else in this process runs in between), then checks that the log was still
 * empty: another process may have committed between the two.
 */
function tryPin(raw: RawDatabase, file: string): boolean {
  try {
    const [result] = raw.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number }[];
    if (!result || result.busy !== 0) return false;
    raw.exec('BEGIN');
    raw.pragma('schema_version'); // starts the read transaction
    if (walSize(file) === 0) return true;
    raw.exec('COMMIT');
    return false;
  } catch (error) {
    if (raw.inTransaction) raw.exec('COMMIT');
    if (isBusy(error)) return false;
    throw error;
  }
}

function describe(raw: RawDatabase) {
  const migrations = (raw.prepare('SELECT name FROM kysely_migration ORDER BY name').all() as { name: string }[]).map((r) => r.name);
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const tables = listTables(raw).map((name) => ({
    name,
    rows: Number((raw.prepare(`SELECT count(*) AS n FROM ${quote(name)}`).get() as { n: number }).n),
  }));
  const audit = tables.find((t) => t.name === 'audit_log');
  const last = audit ? (raw.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string } | undefined) : undefined;
  const auditHead = audit && last ? { lastId: last.id, hash: last.hash, count: audit.rows } : null;
  return { migrations, tables, auditHead };
}

export async function pinDatabasePages(file: string, key: Buffer, signal?: AbortSignal): Promise<DatabasePages> {
  const raw = new SqliteDatabase(file, { fileMustExist: true });
  let reader: { fd: number; release(): void } | null = null;
  try {
    applyKey(raw, key);
    // Never block the main thread waiting for a lock: the app's own transaction could not finish meanwhile.
    raw.pragma('busy_timeout = 0');
    raw.pragma('temp_store = MEMORY');
    const started = Date.now();
    while (!tryPin(raw, file)) {
      signal?.throwIfAborted();
      if (Date.now() - started > settleTimeoutMs) throw new AppFailure('backup.databaseBusy');
      await pause(retryMs);
    }
    const pageSize = Number(raw.pragma('page_size', { simple: true }));
    const sizeBytes = Number(raw.pragma('page_count', { simple: true })) * pageSize;
    const described = describe(raw);
    reader = openForReading(file);
    if (fstatSync(reader.fd).size < sizeBytes) throw new Error('database file shorter than its page count');
    const fd = reader.fd;
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      reader?.release();
      if (raw.inTransaction) raw.exec('COMMIT');
      raw.close();
    };
    return { pageSize, sizeBytes, ...described, chunks: (s) => readChunks(fd, sizeBytes, pageSize, s), close };
  } catch (error) {
    reader?.release();
    if (raw.open) {
      if (raw.inTransaction) raw.exec('COMMIT');
      raw.close();
    }
    throw error;
  }
}

async function readRange(fd: number, position: number, length: number, pageSize: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const lockEnd = lockByteOffset + pageSize;
  // The lock-byte page is never read: it stays zero, as SQLite leaves it.
  const parts: [number, number][] =
    position < lockEnd && position + length > lockByteOffset
      ? [
          [position, Math.max(0, lockByteOffset - position)],
          [lockEnd, Math.max(0, position + length - lockEnd)],
        ]
      : [[position, length]];
  for (const [start, size] of parts) {
    let done = 0;
    while (done < size) {
      const { bytesRead } = await readAt(fd, buffer, start - position + done, size - done, start + done);
      if (bytesRead === 0) throw new Error('database file ended early');
      done += bytesRead;
    }
  }
  return buffer;
}

async function* readChunks(fd: number, size: number, pageSize: number, signal?: AbortSignal): AsyncGenerator<Buffer> {
  const step = Math.max(pageSize, readSize - (readSize % pageSize));
  let position = 0;
  let next: Promise<Buffer> | null = size > 0 ? readRange(fd, 0, Math.min(step, size), pageSize) : null;
  while (next) {
    const current = await next;
    position += current.length;
    next = position < size ? readRange(fd, position, Math.min(step, size - position), pageSize) : null;
    // A pending read-ahead must not reject unobserved if the consumer stops here.
    next?.catch(() => undefined);
    signal?.throwIfAborted();
    yield current;
  }
}
