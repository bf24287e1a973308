import { EventEmitter } from 'node:events';
import type { PowerMonitor } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import { idlePollMs, shouldAutoLock, startAutoLock } from './auto-lock';

// Loading the real package outside Electron would try to download the binary.
vi.mock('electron', () => ({}));

describe('shouldAutoLock', () => {
  const unlocked = { state: 'unlocked', idleLockMinutes: 10 } as const;

  it('locks once the idle time reaches the setting', () => {
    expect(shouldAutoLock(599, unlocked)).toBe(false);
    expect(shouldAutoLock(600, unlocked)).toBe(true);
    expect(shouldAutoLock(3600, unlocked)).toBe(true);
    expect(shouldAutoLock(60, { state: 'unlocked', idleLockMinutes: 1 })).toBe(true);
  });

  it('never locks what is not unlocked', () => {
    expect(shouldAutoLock(3600, { state: 'locked', idleLockMinutes: 10 })).toBe(false);
    expect(shouldAutoLock(3600, { state: 'uninitialised', idleLockMinutes: 10 })).toBe(false);
  });

  it('treats a zero setting as off rather than locking at once', () => {
    expect(shouldAutoLock(3600, { state: 'unlocked', idleLockMinutes: 0 })).toBe(false);
  });
});

class FakePowerMonitor extends EventEmitter {
  idleSeconds = 0;
  getSystemIdleTime() {
    return this.idleSeconds;
  }
}

describe('startAutoLock', () => {
  let app: TempApp;
  let monitor: FakePowerMonitor;
  let onLocked: ReturnType<typeof vi.fn<() => void>>;
  let stop: () => void;

  beforeEach(async () => {
    app = await createInstalledApp();
    monitor = new FakePowerMonitor();
    onLocked = vi.fn<() => void>();
    stop = startAutoLock({
      powerMonitor: monitor as unknown as PowerMonitor,
      installation: app.installation,
      onLocked,
      logError: (error) => {
        throw error;
      },
    });
  });

  afterEach(async () => {
    stop();
    vi.useRealTimers();
    await app.dispose();
  });

  const settle = () => vi.waitFor(() => expect(onLocked).toHaveBeenCalled());

  it.each(['lock-screen', 'suspend', 'shutdown'])(
    'locks the installation on %s and tells the window',
    async (event) => {
      monitor.emit(event);
      await settle();
      expect(app.installation.status().state).toBe('locked');
      expect((await app.call('organisations:list', { query: '' })).ok).toBe(false);
      monitor.emit(event);
      expect(onLocked).toHaveBeenCalledTimes(1);
    },
  );

  it('does nothing for an installation that is already locked', async () => {
    await app.must('auth:lock', {});
    monitor.emit('lock-screen');
    await new Promise((r) => setTimeout(r, 20));
    expect(onLocked).not.toHaveBeenCalled();
  });

  it('polls the system idle time every 30 s against the admin setting', async () => {
    stop();
    vi.useFakeTimers();
    await app.must('settings:update', { idleLockMinutes: 5 });
    stop = startAutoLock({
      powerMonitor: monitor as unknown as PowerMonitor,
      installation: app.installation,
      onLocked,
      logError: () => {},
    });

    monitor.idleSeconds = 299;
    await vi.advanceTimersByTimeAsync(idlePollMs);
    expect(app.installation.status().state).toBe('unlocked');

    monitor.idleSeconds = 300;
    await vi.advanceTimersByTimeAsync(idlePollMs - 1);
    expect(app.installation.status().state).toBe('unlocked');
    await vi.advanceTimersByTimeAsync(1);
    vi.useRealTimers();
    await settle();
    expect(app.installation.status().state).toBe('locked');
  });

  it('stops listening when stopped', async () => {
    stop();
    monitor.emit('lock-screen');
    await new Promise((r) => setTimeout(r, 20));
    expect(app.installation.status().state).toBe('unlocked');
    expect(monitor.listenerCount('lock-screen')).toBe(0);
  });
});
