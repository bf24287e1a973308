// The retention rules' days (retention-rules.ts), kept as one JSON row of the
// `setting` table under `retention.settings`; the defaults until an
// administrator changes them.
import {
  defaultRetentionSettings,
  retentionSettings,
  type RetentionSettings,
} from '../../shared/erasure/retention-rules';
import type { ReadDb, WriteDb } from '../db/handles';
import { readSettingValue, writeSettingValue } from './settings-repository';

const key = 'retention.settings';

export async function readRetentionSettings(db: ReadDb): Promise<RetentionSettings> {
  const value = await readSettingValue(db, key);
  if (value === undefined) return defaultRetentionSettings;
  try {
    // A value written by an older or newer version falls back field by field.
    const parsed = retentionSettings.partial().safeParse(JSON.parse(value));
    return parsed.success ? { ...defaultRetentionSettings, ...parsed.data } : defaultRetentionSettings;
  } catch {
    return defaultRetentionSettings;
  }
}

export async function writeRetentionSettings(
  db: WriteDb,
  settings: RetentionSettings,
): Promise<RetentionSettings> {
  await writeSettingValue(db, key, JSON.stringify(settings));
  return readRetentionSettings(db);
}
