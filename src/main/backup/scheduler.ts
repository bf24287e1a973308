// Scheduled backups: one at start and then every 24 hours while the app runs,
// to the configured folder, encrypted to the configured backup key (so no
// secret is needed on the laptop), followed by rotation. The database is only
// readable while someone is signed in, so a due backup waits for the next
// sign-in; the check runs every minute. Clock and timers are injected.
// Each scheduled backup first runs quick_check on the database file: a damaged
// file is still backed up (it may be all there is), but then no older backup
// is rotated away, since those may be the last sound copies.
import { readdir } from 'node:fs/promises';
import type { Clock } from '../base/clock';
import { AppFailure } from '../base/app-error';
import { errorOf, type BackupRuntime } from './backup-runtime';
import { readBackupSettings, readRecipient, recordOutcome } from './backup-settings';
import { rotateScheduledBackups } from './rotation';

export const backupIntervalMs = 24 * 60 * 60 * 1000;
export const checkIntervalMs = 60 * 1000;

export interface Timers {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface SchedulerOptions {
  clock?: Clock;
  timers?: Timers;
}

export interface Scheduler {
  /** One check now (the timer calls this every minute); resolves when any backup it started has ended. */
  tick(): Promise<void>;
  stop(): void;
}

const systemTimers: Timers = {
  setInterval: (fn, ms) => {
    const handle = setInterval(fn, ms);
    handle.unref?.();
    return handle;
  },
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

/** Starts the scheduler of an app's backup runtime; `createApp` does this when the app asks for it. */
export function startScheduler(runtime: BackupRuntime, options: SchedulerOptions = {}): Scheduler {
  const installation = runtime.installation;
  const clock = options.clock ?? installation.clock;
  const timers = options.timers ?? systemTimers;
  runtime.nextScheduledAt = clock.now(); // due at start
  let running: Promise<void> | null = null;

  async function attempt(): Promise<void> {
    const db = installation.db;
    const settings = await readBackupSettings(db);
    if (!settings.scheduleEnabled) return;
    const at = clock.now();
    runtime.nextScheduledAt = new Date(at.getTime() + backupIntervalMs);
    if (!(await readRecipient(db))) {
      await recordOutcome(db, { ok: false, value: { at: at.toISOString(), kind: 'scheduled', error: errorOf(new AppFailure('backup.noRecipient')) } });
      return;
    }
    // The check records its own alarm for the admin when it finds damage.
    const problems = await installation.checkDatabase();
    const id = await runtime.startCreate({ folder: null, encryption: { kind: 'recipient' }, kind: 'scheduled' });
    const job = await runtime.wait(id);
    if (job.state !== 'succeeded') return; // the job recorded the failure
    if (problems.length > 0) return; // keep every older backup: they may be the last sound ones
    const folder = settings.folder ?? installation.paths.backups;
    await rotateScheduledBackups(folder, await readdir(folder), settings.keepDaily, settings.keepWeekly);
  }

  async function tick(): Promise<void> {
    if (running) return running;
    const due = runtime.nextScheduledAt;
    if (!due || clock.now() < due || installation.state !== 'unlocked' || runtime.jobs.activeId) return;
    running = attempt()
      .catch((error) => {
        // A manual job started in between (backup.busy) or a lock: try again at the next check.
        if (runtime.nextScheduledAt && runtime.nextScheduledAt > due) runtime.nextScheduledAt = due;
        runtime.options.logError?.(error);
      })
      .finally(() => {
        running = null;
      });
    return running;
  }

  const handle = timers.setInterval(() => void tick(), checkIntervalMs);
  void tick();
  return { tick, stop: () => timers.clearInterval(handle) };
}
