// The scheduler with a fake clock and fake timers: a backup at start, then
// every 24 hours, only while someone is signed in, with rotation.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startScheduler, checkIntervalMs, type Timers } from './scheduler';
import type { TempApp } from '../../../test/support/temp-app';
import { adminPassword, seededApp } from '../../../test/support/backup/support';

const day = 24 * 60 * 60 * 1000;

function fakeTimers() {
  const intervals: { fn: () => void; ms: number }[] = [];
  const timers: Timers = {
    setInterval: (fn, ms) => intervals.push({ fn, ms }),
    clearInterval: () => intervals.splice(0),
  };
  return { timers, intervals };
}

const scheduledFiles = (app: TempApp) => {
  const folder = join(app.dataDir, 'backups');
  return existsSync(folder) ? readdirSync(folder).filter((n) => n.startsWith('iop-desk-auto-')) : [];
};

describe('scheduled backups', () => {
  let app: TempApp;
  beforeEach(async () => {
    app = await seededApp();
  });
  afterEach(() => app.dispose());

  it('backs up at start and again after 24 hours, to the backup key, and reports it', async () => {
    await app.must('backup:generateKey', {});
    const { timers, intervals } = fakeTimers();
    const scheduler = startScheduler(app.backup, { clock: app.clock, timers });
    expect(intervals[0]?.ms).toBe(checkIntervalMs);
    await scheduler.tick();
    expect(scheduledFiles(app)).toHaveLength(1);

    app.clock.advance(day - 60_000);
    await scheduler.tick();
    expect(scheduledFiles(app)).toHaveLength(1);

    app.clock.advance(60_000);
    await scheduler.tick();
    expect(scheduledFiles(app)).toHaveLength(2);
    const status = await app.must('backup:status', {});
    expect(status.lastSuccess?.kind).toBe('scheduled');
    expect(status.nextScheduledAt).toBe(new Date(app.clock.now().getTime() + day).toISOString());
    scheduler.stop();
    expect(intervals).toHaveLength(0);
  });

  it('waits while the app is locked and runs at the first check after sign-in', async () => {
    await app.must('backup:generateKey', {});
    await app.must('auth:lock', {});
    const scheduler = startScheduler(app.backup, { clock: app.clock, timers: fakeTimers().timers });
    await scheduler.tick();
    expect(scheduledFiles(app)).toHaveLength(0);
    await app.must('auth:unlock', { username: 'admin', password: adminPassword });
    await scheduler.tick();
    expect(scheduledFiles(app)).toHaveLength(1);
    scheduler.stop();
  });

  it('records a failure for the dashboard when no backup key is set', async () => {
    const scheduler = startScheduler(app.backup, { clock: app.clock, timers: fakeTimers().timers });
    await scheduler.tick();
    const status = await app.must('backup:status', {});
    expect(status.lastFailure?.error.code).toBe('backup.noRecipient');
    expect(status.lastFailure?.kind).toBe('scheduled');
    expect(scheduledFiles(app)).toHaveLength(0);
    scheduler.stop();
  });

  it('rotates: keeps the newest per day for N days and per week for M weeks', async () => {
    await app.must('backup:generateKey', {});
    await app.must('backup:updateSettings', { folder: null, scheduleEnabled: true, keepDaily: 2, keepWeekly: 0 });
    const scheduler = startScheduler(app.backup, { clock: app.clock, timers: fakeTimers().timers });
    for (let i = 0; i < 4; i++) {
      await scheduler.tick();
      app.clock.advance(day);
    }
    expect(scheduledFiles(app).sort()).toEqual(['iop-desk-auto-20260304T090000Z.age', 'iop-desk-auto-20260305T090000Z.age']);
    scheduler.stop();
  });

  it('does nothing when scheduled backups are turned off', async () => {
    await app.must('backup:generateKey', {});
    await app.must('backup:updateSettings', { folder: null, scheduleEnabled: false, keepDaily: 7, keepWeekly: 4 });
    const scheduler = startScheduler(app.backup, { clock: app.clock, timers: fakeTimers().timers });
    await scheduler.tick();
    expect(scheduledFiles(app)).toHaveLength(0);
    scheduler.stop();
  });
});
