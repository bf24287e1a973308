// The report settings (suppression threshold, retention days before erasure),
// kept as one JSON row of the `setting` table under `reports.settings`.
import type { ReportSettings } from '../../shared/ipc/reports';
import { reportSettings } from '../../shared/ipc/reports';
import { defaultRetentionDays } from '../../shared/erasure/retention';
import { defaultThreshold } from '../../shared/reports/suppression';
import { readSettingValue, writeSettingValue } from '../settings/settings-repository';
import type { ReadDb, WriteDb } from '../db/handles';

export const defaultReportSettings: ReportSettings = { threshold: defaultThreshold, retentionDays: defaultRetentionDays };
const key = 'reports.settings';

export async function readReportSettings(db: ReadDb): Promise<ReportSettings> {
  const value = await readSettingValue(db, key);
  if (value === undefined) return defaultReportSettings;
  try {
    // A value written by an older or newer version falls back field by field.
    const parsed = reportSettings.partial().safeParse(JSON.parse(value));
    return parsed.success ? { ...defaultReportSettings, ...parsed.data } : defaultReportSettings;
  } catch {
    return defaultReportSettings;
  }
}

export async function writeReportSettings(db: WriteDb, settings: ReportSettings): Promise<ReportSettings> {
  const value = JSON.stringify(settings);
  await writeSettingValue(db, key, value);
  return readReportSettings(db);
}
