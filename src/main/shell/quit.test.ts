import { EventEmitter } from 'node:events';
import type { App } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { closeOnQuit } from './quit';

// Loading the real package outside Electron would try to download the binary.
vi.mock('electron', () => ({}));

/** Mimics Electron: quit() emits before-quit, and exits unless a listener prevents it. */
class FakeApp extends EventEmitter {
  exited = false;
  quit = vi.fn(() => {
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    this.emit('before-quit', event);
    if (!event.defaultPrevented) this.exited = true;
  });
}

describe('closeOnQuit', () => {
  it('holds the quit until the database is closed, then quits', async () => {
    const app = new FakeApp();
    let finishClose = () => {};
    const close = vi.fn(() => new Promise<void>((resolve) => (finishClose = resolve)));
    closeOnQuit(app as unknown as App, close, () => {});

    app.quit();
    app.quit();
    expect(close).toHaveBeenCalledTimes(1);
    expect(app.exited).toBe(false);

    finishClose();
    await vi.waitFor(() => expect(app.exited).toBe(true));
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('still quits when closing fails, and reports the error', async () => {
    const app = new FakeApp();
    const logError = vi.fn();
    closeOnQuit(app as unknown as App, () => Promise.reject(new Error('disk gone')), logError);
    app.quit();
    await vi.waitFor(() => expect(app.exited).toBe(true));
    expect(logError).toHaveBeenCalledWith(expect.objectContaining({ message: 'disk gone' }));
  });

  it('quits when the last window closes, on every platform', async () => {
    const app = new FakeApp();
    closeOnQuit(
      app as unknown as App,
      async () => {},
      () => {},
    );
    app.emit('window-all-closed');
    await vi.waitFor(() => expect(app.exited).toBe(true));
  });
});
