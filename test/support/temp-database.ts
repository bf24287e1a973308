// An empty encrypted database in a temporary folder, for migration tests.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { openDatabase, type OpenedDatabase } from '../../src/main/db/open-database';

export interface TempDatabase extends OpenedDatabase {
  file: string;
  masterKey: Buffer;
  dispose(): Promise<void>;
}

export function createTempDatabase(): TempDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'iop-desk-db-'));
  const file = join(dir, 'test.db');
  const masterKey = randomBytes(32);
  const opened = openDatabase(file, masterKey);
  return {
    ...opened,
    file,
    masterKey,
    async dispose() {
      await opened.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The schema as SQL, one statement per object, ordered by name. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema version
export async function schemaSql(db: Kysely<any>): Promise<string> {
  const rows = await sql<{ sql: string }>`
    SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name, type`.execute(db);
  return `${rows.rows.map((r) => `${r.sql.trim()};`).join('\n\n')}\n`;
}

export interface TableInfo {
  name: string;
  strict: number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema version
export async function tables(db: Kysely<any>): Promise<TableInfo[]> {
  const rows = await sql<TableInfo & { schema: string; type: string }>`PRAGMA table_list`.execute(db);
  return rows.rows
    .filter((r) => r.schema === 'main' && r.type === 'table' && !r.name.startsWith('sqlite_'))
    .map((r) => ({ name: r.name, strict: r.strict }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
