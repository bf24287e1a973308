// The `setting` table: one JSON value per key. The app's own settings, and
// the one home of the key-value SQL that backups and reports use for theirs.
import type { AppSettings } from '../../shared/ipc/settings';
import type { ReadDb, WriteDb } from '../db/handles';

const defaults: AppSettings = { idleLockMinutes: 10 };

export async function readSettings(db: ReadDb): Promise<AppSettings> {
  const rows = await db.selectFrom('setting').select(['key', 'value']).execute();
  const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  return {
    idleLockMinutes: typeof stored.idleLockMinutes === 'number' ? stored.idleLockMinutes : defaults.idleLockMinutes,
  };
}

export async function writeSettings(db: WriteDb, settings: AppSettings): Promise<void> {
  for (const [key, value] of Object.entries(settings)) await writeSettingValue(db, key, JSON.stringify(value));
}

/** The stored JSON text of one key, if any. */
export async function readSettingValue(db: ReadDb, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('setting').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

export async function writeSettingValue(db: WriteDb, key: string, value: string): Promise<void> {
  await db
    .insertInto('setting')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/** First-run settings: plain inserts into an empty table. */
export async function insertSettings(db: WriteDb, settings: Record<string, unknown>): Promise<void> {
  await db
    .insertInto('setting')
    .values(Object.entries(settings).map(([key, value]) => ({ key, value: JSON.stringify(value) })))
    .execute();
}
