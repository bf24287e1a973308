// ReadDb is a type, not a second connection: these checks run in `npm run
// typecheck` (each @ts-expect-error fails the build if the write compiles) and
// the test proves a ReadDb reads through the very same handle.
import { describe, expect, test } from 'vitest';
import { createInstalledApp } from '../../../test/support/temp-app';
import type { ReadDb, WriteDb } from './handles';

/** Never called: it only has to compile, or fail to where marked. */
function writesOnAReadDb(db: ReadDb) {
  // @ts-expect-error a ReadDb cannot insert
  void db.insertInto('setting');
  // @ts-expect-error a ReadDb cannot replace
  void db.replaceInto('setting');
  // @ts-expect-error a ReadDb cannot update
  void db.updateTable('setting');
  // @ts-expect-error a ReadDb cannot delete
  void db.deleteFrom('setting');
  // @ts-expect-error a ReadDb cannot merge
  void db.mergeInto('setting');
  // @ts-expect-error a ReadDb cannot open a transaction (and write in it)
  void db.transaction();
  // @ts-expect-error `with` returns a query creator that can write
  void db.with('x', (q) => q.selectFrom('setting').selectAll());
}

describe('ReadDb and WriteDb', () => {
  test('a write handle is a read handle, over the same connection', async () => {
    const app = await createInstalledApp();
    try {
      const write: WriteDb = app.installation.db;
      const read: ReadDb = write;
      const rows = await read
        .selectFrom('setting')
        .select('key')
        .where('key', '=', 'organisationName')
        .execute();
      expect(rows).toEqual([{ key: 'organisationName' }]);
      expect(typeof writesOnAReadDb).toBe('function');
    } finally {
      await app.dispose();
    }
  });
});
