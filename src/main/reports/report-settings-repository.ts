// One JSON value of the `setting` table, read and written by key.
import type { DbOrTrx } from '../db/schema/database';

export async function readSettingValue(db: DbOrTrx, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('setting').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

export async function writeSettingValue(db: DbOrTrx, key: string, value: string): Promise<void> {
  await db
    .insertInto('setting')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
