// The two SQLite operations that cannot be split into steps, VACUUM INTO (the
// snapshot) and integrity_check, run on their own connection in a worker
// thread so the main process keeps answering while a large database is copied
// or checked. The worker is plain JavaScript evaluated from this string: it
// needs no bundler entry and loads the same driver the app uses, by path.
import { statSync } from 'node:fs';
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
  db = new Database(workerData.file, { fileMustExist: true });
  db.pragma("cipher='sqlcipher'");
  db.pragma('legacy=4');
  db.key(material);
  material.fill(0);
  db.pragma('temp_store=MEMORY');
  db.pragma('busy_timeout=10000');
  db.prepare('SELECT count(*) FROM sqlite_schema').get();
  if (workerData.op === 'snapshot') {
    db.prepare('VACUUM INTO ?').run(workerData.target);
    parentPort.postMessage({ ok: true, problems: [] });
  } else {
    const rows = db.prepare('PRAGMA integrity_check').all();
    const problems = rows.map((r) => String(Object.values(r)[0])).filter((m) => m !== 'ok');
    parentPort.postMessage({ ok: true, problems });
  }
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
  data: { op: 'snapshot'; file: string; target: string } | { op: 'integrity'; file: string },
  key: Buffer,
  signal?: AbortSignal,
  onTick?: () => void,
): Promise<string[]> {
  signal?.throwIfAborted();
  // Shared memory: structured cloning would leave copies of the key in message buffers nobody clears.
  const shared = new Uint8Array(new SharedArrayBuffer(key.length));
  shared.set(key);
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource, { eval: true, workerData: { ...data, driverPath, key: shared.buffer } });
    let settled = false;
    const ticker = onTick ? setInterval(onTick, 200) : null;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      shared.fill(0);
      if (ticker) clearInterval(ticker);
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

/** A consistent copy of the database, encrypted with the same key, taken while others keep writing. */
export async function snapshotDatabase(
  source: string,
  target: string,
  key: Buffer,
  options: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {},
): Promise<void> {
  const total = statSync(source).size;
  const tick = () => {
    try {
      options.onProgress?.(Math.min(statSync(target).size, total), total);
    } catch {
      // not created yet
    }
  };
  await run({ op: 'snapshot', file: source, target }, key, options.signal, tick);
  options.onProgress?.(total, total);
}

/** PRAGMA integrity_check; returns the problems found (empty when the file is sound). */
export function checkIntegrity(file: string, key: Buffer, signal?: AbortSignal): Promise<string[]> {
  return run({ op: 'integrity', file }, key, signal);
}
