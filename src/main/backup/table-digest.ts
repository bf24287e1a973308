// Row count and SHA-256 content hash of every table, read in primary-key
// order so the same content always gives the same hash (row ids and page
// layout may differ between a live database and its VACUUM INTO copy).
// Values are hashed with their storage class, so 1, 1.0, '1' and x'31' differ.
import { createHash, type Hash } from 'node:crypto';
import type { RawDatabase } from '../db/open-database';
import type { TableDigest } from './manifest';

export interface DigestProgress {
  signal?: AbortSignal;
  /** Rows hashed so far and the total over all tables. */
  onProgress?: (done: number, total: number) => void;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const yieldEvery = 2000;

export function listTables(raw: RawDatabase): string[] {
  const rows = raw
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`)
    .all() as { name: string }[];
  return rows.map((r) => r.name);
}

function orderColumns(raw: RawDatabase, table: string): { columns: string[]; order: string[] } {
  const info = raw.prepare(`SELECT name, pk FROM pragma_table_info(?) ORDER BY cid`).all(table) as { name: string; pk: number }[];
  const pk = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
  return { columns: info.map((c) => c.name), order: (pk.length > 0 ? pk : info).map((c) => c.name) };
}

function hashValue(hash: Hash, value: unknown): void {
  const head = Buffer.alloc(9);
  if (value === null) {
    hash.update(head.subarray(0, 1)); // tag 0
  } else if (typeof value === 'bigint') {
    head[0] = 1;
    head.writeBigInt64BE(value, 1);
    hash.update(head);
  } else if (typeof value === 'number') {
    head[0] = 2;
    head.writeDoubleBE(value, 1);
    hash.update(head);
  } else if (typeof value === 'string') {
    const bytes = Buffer.from(value, 'utf8');
    head[0] = 3;
    head.writeUInt32BE(bytes.length, 1);
    hash.update(head.subarray(0, 5)).update(bytes);
  } else if (Buffer.isBuffer(value)) {
    head[0] = 4;
    head.writeUInt32BE(value.length, 1);
    hash.update(head.subarray(0, 5)).update(value);
  } else {
    throw new Error(`unexpected value type ${typeof value}`);
  }
}

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function digestTables(raw: RawDatabase, options: DigestProgress = {}): Promise<TableDigest[]> {
  const tables = listTables(raw);
  const counts = tables.map((t) => Number((raw.prepare(`SELECT count(*) AS n FROM ${quote(t)}`).get() as { n: number }).n));
  const total = counts.reduce((a, b) => a + b, 0);
  let done = 0;
  const digests: TableDigest[] = [];
  for (const table of tables) {
    const { columns, order } = orderColumns(raw, table);
    const hash = createHash('sha256');
    hash.update(JSON.stringify([table, columns]));
    const statement = raw
      .prepare(`SELECT ${columns.map(quote).join(', ')} FROM ${quote(table)} ORDER BY ${order.map(quote).join(', ')}`)
      .raw(true)
      .safeIntegers(true);
    let rows = 0;
    for (const row of statement.iterate() as IterableIterator<unknown[]>) {
      for (const value of row) hashValue(hash, value);
      rows++;
      done++;
      if (rows % yieldEvery === 0) {
        options.signal?.throwIfAborted();
        options.onProgress?.(done, total);
        await pause();
      }
    }
    digests.push({ name: table, rows, sha256: hash.digest('hex') });
  }
  options.onProgress?.(done, total);
  return digests;
}
