// Replays every migration on an empty database and compares the resulting
// schema with the checked-in snapshot. A migration that changes the schema
// must update schema.snapshot.sql in the same commit (run vitest with -u and
// review the diff: a dropped table or column there is a destructive change).
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  createTempDatabase,
  schemaSql,
  tables,
  type TempDatabase,
} from '../../../../test/support/temp-database';
import { migrateToLatest } from '../migrate';
import { latestMigration, migrations } from './index';

let database: TempDatabase;
beforeEach(() => {
  database = createTempDatabase();
});
afterEach(() => database.dispose());

describe('schema', () => {
  test('all migrations on an empty database give the checked-in schema', async () => {
    expect(await migrateToLatest(database.db)).toEqual(Object.keys(migrations).sort());
    await expect(await schemaSql(database.db)).toMatchFileSnapshot('./schema.snapshot.sql');
  });

  test('every table is STRICT', async () => {
    await migrateToLatest(database.db);
    const loose = (await tables(database.db)).filter((t) => t.strict !== 1 && !t.name.startsWith('kysely_'));
    expect(loose).toEqual([]);
  });

  test('migrations are numbered in order and the latest is the last one', () => {
    const names = Object.keys(migrations);
    expect(names).toEqual([...names].sort());
    names.forEach((name, i) =>
      expect(name).toMatch(new RegExp(`^${String(i + 1).padStart(4, '0')}-[a-z0-9-]+$`)),
    );
    expect(latestMigration).toBe(names.at(-1));
  });

  test('each migration has its own test beside it', () => {
    const files = readdirSync(dirname(fileURLToPath(import.meta.url)));
    expect(Object.keys(migrations).filter((name) => !files.includes(`${name}.test.ts`))).toEqual([]);
  });
});
