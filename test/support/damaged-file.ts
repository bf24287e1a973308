// Damaging a test installation's database file the way a failing disk would:
// one byte flipped in a page of table data.
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import type { TempApp } from './temp-app';

const pageSize = 4096;

/** Flips one byte in the middle of page `page` (1-based) of the (encrypted) file. */
export function flipByte(file: string, page: number): void {
  const fd = openSync(file, 'r+');
  try {
    const offset = (page - 1) * pageSize + 1000;
    const byte = Buffer.alloc(1);
    readSync(fd, byte, 0, 1, offset);
    byte[0] = byte[0]! ^ 0xff;
    writeSync(fd, byte, 0, 1, offset);
  } finally {
    closeSync(fd);
  }
}

/** The root page of `table`, read on the open handle (before a lock checkpoints the WAL). */
export async function rootPageOf(app: TempApp, table: string): Promise<number> {
  const row = (await app.installation.db
    .selectFrom('sqlite_schema' as never)
    .select('rootpage' as never)
    .where('name' as never, '=', table as never)
    .executeTakeFirstOrThrow()) as { rootpage: number };
  return row.rootpage;
}
