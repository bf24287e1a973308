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
  for (const [key, value] of Object.entries(settings)) {
    await db
      .insertInto('setting')
      .values({ key, value: JSON.stringify(value) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) }))
      .execute();
  }
}

/** First-run settings: plain inserts into an empty table. */
export async function insertSettings(db: WriteDb, settings: Record<string, unknown>): Promise<void> {
  await db
    .insertInto('setting')
    .values(Object.entries(settings).map(([key, value]) => ({ key, value: JSON.stringify(value) })))
    .execute();
}
