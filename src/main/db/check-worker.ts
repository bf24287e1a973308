// The SQLite checks that cannot be split into steps, integrity_check and
// quick_check, run on their own connection in a worker thread so the main
// process keeps answering while a large database is checked: a restored
// backup, or the live file in the background after unlock (at x10 quick_check
// takes seconds, integrity_check three times longer). The worker is plain
// JavaScript evaluated from this string: it needs no bundler entry and loads
// the same driver the app uses, by path.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driverPath);
// The key arrives in shared memory (no copy in the message) and goes to
// sqlite3_key in its raw-key form x'<hex>', built in a Buffer: never a string.
const key = new Uint8Array(workerData.key);
const hexDigits = Buffer.from('0123456789abcdef', 'latin1');
const material = Buffer.alloc(key.length * 2 + 3);
let db;
try {
  material[0] = 0x78;
  material[1] = 0x27;
  for (let i = 0; i < key.length; i++) {
    material[2 + 2 * i] = hexDigits[key[i] >> 4];
    material[3 + 2 * i] = hexDigits[key[i] & 15];
  }
  material[material.length - 1] = 0x27;
  db = new Database(workerData.file, { readonly: workerData.readonly, fileMustExist: true });
  db.pragma("cipher='sqlcipher'");
  db.pragma('legacy=4');
  db.key(material);
  material.fill(0);
  db.pragma('temp_store=MEMORY');
  db.pragma('busy_timeout=10000');
  db.prepare('SELECT count(*) FROM sqlite_schema').get();
  const rows = db.prepare(workerData.op === 'quick' ? 'PRAGMA quick_check' : 'PRAGMA integrity_check').all();
  const problems = rows.map((r) => String(Object.values(r)[0])).filter((m) => m !== 'ok');
  parentPort.postMessage({ ok: true, problems });
} catch (error) {
  parentPort.postMessage({ ok: false, message: String(error && error.message), code: String(error && error.code) });
} finally {
  material.fill(0);
  key.fill(0);
  if (db) db.close();
}
`;

const driverPath = createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers');

type WorkerReply = { ok: true; problems: string[] } | { ok: false; message: string; code: string };

/** The database file could not be opened with the key (wrong key or not a database). */
export class DatabaseOpenError extends Error {
  override name = 'DatabaseOpenError';
}

function run(
  data: { op: 'integrity' | 'quick'; file: string; readonly: boolean },
  key: Buffer,
  signal?: AbortSignal,
): Promise<string[]> {
  signal?.throwIfAborted();
  // Shared memory: structured cloning would leave copies of the key in message buffers nobody clears.
  const shared = new Uint8Array(new SharedArrayBuffer(key.length));
  shared.set(key);
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource, {
      eval: true,
      workerData: { ...data, driverPath, key: shared.buffer },
    });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      shared.fill(0);
      signal?.removeEventListener('abort', onAbort);
      fn();
    };
    const onAbort = () => {
      // terminate() takes effect once the native call returns; callers remove the target afterwards.
      void worker.terminate().finally(() => finish(() => reject(signal?.reason)));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.once('message', (reply: WorkerReply) => {
      finish(() => {
        if (reply.ok) resolve(reply.problems);
        else if (/not a database|file is encrypted/i.test(reply.message) || reply.code === 'SQLITE_NOTADB') {
          reject(new DatabaseOpenError(reply.code));
        } else reject(new Error(`database worker: ${reply.code}`));
      });
    });
    worker.once('error', (error) => finish(() => reject(error)));
    worker.once('exit', (code) => finish(() => reject(new Error(`database worker exited with ${code}`))));
  });
}

/** PRAGMA integrity_check (or the faster quick_check); returns the problems found (empty when the file is sound). */
export function checkIntegrity(
  file: string,
  key: Buffer,
  signal?: AbortSignal,
  quick = false,
): Promise<string[]> {
  return run({ op: quick ? 'quick' : 'integrity', file, readonly: false }, key, signal);
}

/**
 * quick_check of the live database on a read-only connection. A file too
 * damaged to open counts as a problem, never as sound. It takes no signal:
 * a thread killed inside quick_check would leave SQLCipher's key behind.
 */
export async function quickCheck(file: string, key: Buffer): Promise<string[]> {
  try {
    return await run({ op: 'quick', file, readonly: true }, key);
  } catch (error) {
    if (error instanceof DatabaseOpenError) return [error.message];
    if (error instanceof Error && /SQLITE_CORRUPT/.test(error.message)) return ['SQLITE_CORRUPT'];
    throw error;
  }
}
