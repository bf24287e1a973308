// Locks the installation when the OS locks the screen, suspends or shuts
// down, and when the computer has been idle longer than the admin's setting
// (polled, since the OS has no idle event). The window is told with the one
// main → renderer event so it can show the lock screen.
import type { PowerMonitor } from 'electron';
import type { InstallationStatus } from '../../shared/ipc/installation';

export const idlePollMs = 30_000;

/** True when an unlocked installation has been idle for at least its idle-lock time. */
export function shouldAutoLock(
  idleSeconds: number,
  status: Pick<InstallationStatus, 'state' | 'idleLockMinutes'>,
): boolean {
  return (
    status.state === 'unlocked' && status.idleLockMinutes > 0 && idleSeconds >= status.idleLockMinutes * 60
  );
}

export interface AutoLockOptions {
  powerMonitor: Pick<PowerMonitor, 'on' | 'off' | 'getSystemIdleTime'>;
  installation: { status(): Pick<InstallationStatus, 'state' | 'idleLockMinutes'>; lock(): Promise<void> };
  /** Called after each lock this module made. */
  onLocked(): void;
  logError(error: unknown): void;
}

/** Starts watching; returns a function that stops it. */
export function startAutoLock(options: AutoLockOptions): () => void {
  const { powerMonitor, installation } = options;
  let locking: Promise<void> | null = null;

  const lock = () => {
    if (locking || installation.status().state !== 'unlocked') return;
    locking = installation
      .lock()
      .then(() => options.onLocked())
      .catch((error: unknown) => options.logError(error))
      .finally(() => {
        locking = null;
      });
  };
  const lockWhenIdle = () => {
    if (shouldAutoLock(powerMonitor.getSystemIdleTime(), installation.status())) lock();
  };

  powerMonitor.on('lock-screen', lock);
  powerMonitor.on('suspend', lock);
  // Linux and macOS only; on Windows the quit path closes the database.
  powerMonitor.on('shutdown', lock);
  const timer = setInterval(lockWhenIdle, idlePollMs);
  timer.unref?.();

  return () => {
    clearInterval(timer);
    powerMonitor.off('lock-screen', lock);
    powerMonitor.off('suspend', lock);
    powerMonitor.off('shutdown', lock);
  };
}
