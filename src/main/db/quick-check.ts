// PRAGMA quick_check on its own read-only connection in a worker thread: at
// the x10 scale it takes seconds (integrity_check three times longer), too
// long for the unlock budget and far too long to block the main process.
// The worker is plain JavaScript from this string, loading the app's driver by path.
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
  db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  db.pragma("cipher='sqlcipher'");
  db.pragma('legacy=4');
  db.key(material);
  material.fill(0);
  db.pragma('busy_timeout=10000');
  const rows = db.prepare('PRAGMA quick_check').all();
  parentPort.postMessage({ ok: true, problems: rows.map((r) => String(Object.values(r)[0])).filter((m) => m !== 'ok') });
} catch (error) {
  parentPort.postMessage({ ok: false, code: String(error && error.code), message: String(error && error.message) });
} finally {
  material.fill(0);
  key.fill(0);
  if (db) db.close();
}
`;

const driverPath = createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers');

type Reply = { ok: true; problems: string[] } | { ok: false; code: string; message: string };

/**
 * The problems quick_check finds (empty when sound). A file too damaged to
 * open at all counts as one problem, never as sound. It cannot be stopped
 * early: a thread killed inside quick_check would leave SQLCipher's key behind.
 */
export function quickCheck(file: string, key: Buffer): { result: Promise<string[]> } {
  // Shared memory: structured cloning would leave copies of the key in message buffers nobody clears.
  const shared = new Uint8Array(new SharedArrayBuffer(key.length));
  shared.set(key);
  const worker = new Worker(workerSource, { eval: true, workerData: { file, driverPath, key: shared.buffer } });
  const wipe = () => shared.fill(0);
  worker.once('exit', wipe);
  const result = new Promise<string[]>((resolve, reject) => {
    worker.once('message', (reply: Reply) => {
      if (reply.ok) resolve(reply.problems);
      else if (reply.code === 'SQLITE_CORRUPT' || reply.code === 'SQLITE_NOTADB') resolve([`${reply.code}`]);
      else reject(new Error(`quick_check worker: ${reply.code}`));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`quick_check worker exited with ${code}`)));
  });
  return { result };
}
