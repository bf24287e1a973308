import { describe, expect, it } from 'vitest';
import { backupsToDelete, isoWeekKey } from './rotation';

const at = (iso: string, n = 0) => ({ fileName: `b-${iso}-${n}`, createdAt: new Date(`${iso}T1${n}:00:00`) });

describe('backup rotation', () => {
  it('uses ISO weeks (Monday first; 2026-01-01 is in week 1, 2027-01-01 in 2026 week 53)', () => {
    expect(isoWeekKey(new Date('2026-03-02T12:00:00'))).toBe('2026-W10');
    expect(isoWeekKey(new Date('2026-03-01T12:00:00'))).toBe('2026-W9');
    expect(isoWeekKey(new Date('2026-01-01T12:00:00'))).toBe('2026-W1');
    expect(isoWeekKey(new Date('2027-01-01T12:00:00'))).toBe('2026-W53');
  });

  it('keeps the newest backup of each of the last N days and M weeks', () => {
    // 30 days of daily backups ending Monday 2026-03-30, two on the last day.
    const files = Array.from({ length: 30 }, (_, i) => at(new Date(Date.UTC(2026, 2, 1 + i)).toISOString().slice(0, 10)));
    files.push(at('2026-03-30', 1));
    const doomed = new Set(backupsToDelete(files, 3, 2));
    const kept = files.filter((f) => !doomed.has(f.fileName)).map((f) => f.fileName);
    // The earlier of the two backups on the 30th goes; days 30, 29, 28 stay; the newest of the previous week (Sunday 29th) is a daily one already.
    expect(kept.sort()).toEqual(['b-2026-03-28-0', 'b-2026-03-29-0', 'b-2026-03-30-1'].sort());
  });

  it('keeps weekly backups beyond the daily window', () => {
    const files = ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-24'].map((d) => at(d));
    const doomed = backupsToDelete(files, 1, 3);
    // Daily: the 24th; weekly: the 24th (week 13), 16th (week 12), 9th (week 11).
    expect(doomed.sort()).toEqual(['b-2026-03-02-0', 'b-2026-03-23-0']);
  });

  it('never deletes the newest backup, even when told to keep none', () => {
    expect(backupsToDelete([at('2026-03-01'), at('2026-03-02')], 0, 0)).toEqual(['b-2026-03-01-0']);
  });
});
