// One `ipcMain.handle` per contract channel, each passing the sending frame's
// URL to the router, which refuses anything not from the app's own page.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { App } from '../app/create-app';

/**
 * The URL of the frame that sent the call; empty (so untrusted) when the frame
 * is gone or is not a top-level frame. Nothing else in the event is trusted.
 */
export function senderUrlOf(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): string {
  try {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return '';
    return frame.url;
  } catch {
    // A destroyed frame throws on access.
    return '';
  }
}

export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  router: App['router'],
  channelNames: readonly string[],
): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, input: unknown) =>
      router.invoke(channel, input, { senderUrl: senderUrlOf(event) }),
    );
  }
}
