// Runs the in-code migrations before any window opens, and refuses a database
// written by a newer app version (one that knows migrations we don't).
import { sql, type Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { AppFailure } from '../base/app-error';
import { migrationProvider, migrations } from './migrations';

export const migrationTable = 'kysely_migration';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- works on any schema version
export async function appliedMigrations(db: Kysely<any>): Promise<string[]> {
  const exists = await sql<{ n: number }>`
    SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table' AND name = ${migrationTable}`.execute(db);
  if ((exists.rows[0]?.n ?? 0) === 0) return [];
  const rows = await sql<{
    name: string;
  }>`SELECT name FROM ${sql.table(migrationTable)} ORDER BY name`.execute(db);
  return rows.rows.map((r) => r.name);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- works on any schema version
export async function migrateToLatest(db: Kysely<any>, target?: string): Promise<string[]> {
  const known = new Set(Object.keys(migrations));
  const unknown = (await appliedMigrations(db)).filter((name) => !known.has(name));
  if (unknown.length > 0) throw new AppFailure('database.newerVersion');

  const migrator = new Migrator({ db, provider: migrationProvider, migrationTableName: migrationTable });
  const { error, results } = target ? await migrator.migrateTo(target) : await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
