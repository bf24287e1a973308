// Migrations served from code (static imports), so they survive bundling.
import type { Migration, MigrationProvider } from 'kysely/migration';
import * as m0001 from './0001-initial';

export const migrations: Record<string, Migration> = {
  '0001-initial': m0001,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};

export const latestMigration = Object.keys(migrations).sort().at(-1) ?? '';
