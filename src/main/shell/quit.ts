// Quitting closes the database cleanly (checkpointed, key wiped) before the
// process ends, and closing the last window quits on every platform: on a
// secure laptop nothing should linger unlocked in the dock.
import type { App } from 'electron';

export function closeOnQuit(
  app: Pick<App, 'on' | 'quit'>,
  close: () => Promise<void>,
  logError: (error: unknown) => void,
): void {
  let state: 'running' | 'closing' | 'closed' = 'running';
  app.on('before-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    close()
      .catch(logError)
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
  app.on('window-all-closed', () => app.quit());
}
