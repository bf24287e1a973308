// Which scheduled backups to keep: the newest of each of the last `keepDaily`
// days that have one, and the newest of each of the last `keepWeekly` ISO
// weeks. The newest backup is always kept. Manual and safety backups are never
// rotated away.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseBackupFileName } from './backup-names';

export interface Dated {
  fileName: string;
  createdAt: Date;
}

const dayKey = (d: Date) => `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;

/** ISO 8601 week of the local calendar date (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeekKey(d: Date): string {
  const date = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday); // the Thursday of this week decides the year
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${week}`;
}

function newestPer(files: Dated[], key: (d: Date) => string, limit: number): Set<string> {
  const kept = new Set<string>();
  const seen = new Set<string>();
  for (const f of files) {
    const k = key(f.createdAt);
    if (seen.has(k)) continue;
    if (seen.size >= limit) break;
    seen.add(k);
    kept.add(f.fileName);
  }
  return kept;
}

export function backupsToDelete(files: Dated[], keepDaily: number, keepWeekly: number): string[] {
  const newestFirst = [...files].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const keep = new Set([...newestPer(newestFirst, dayKey, keepDaily), ...newestPer(newestFirst, isoWeekKey, keepWeekly)]);
  if (newestFirst[0]) keep.add(newestFirst[0].fileName);
  return newestFirst.filter((f) => !keep.has(f.fileName)).map((f) => f.fileName);
}

/** Applies the rotation to the scheduled backups in a folder; returns the names removed. */
export async function rotateScheduledBackups(folder: string, names: string[], keepDaily: number, keepWeekly: number): Promise<string[]> {
  const scheduled = names.flatMap((fileName) => {
    const parsed = parseBackupFileName(fileName);
    return parsed?.kind === 'scheduled' ? [{ fileName, createdAt: parsed.createdAt }] : [];
  });
  const doomed = backupsToDelete(scheduled, keepDaily, keepWeekly);
  for (const name of doomed) await rm(join(folder, name), { force: true });
  return doomed;
}
