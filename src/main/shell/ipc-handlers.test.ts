import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { channels } from '../../shared/ipc/contract';
import type { Router } from '../ipc/router';
import { createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import { registerIpcHandlers, senderUrlOf } from './ipc-handlers';

// Loading the real package outside Electron would try to download the binary.
vi.mock('electron', () => ({}));

type Handler = (event: IpcMainInvokeEvent, input: unknown) => Promise<unknown>;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const ipcMain = {
    handle: vi.fn((channel: string, handler: Handler) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    }),
  };
  return { ipcMain: ipcMain as unknown as IpcMain, handlers };
}

const frame = (url: string, parent: object | null = null) => ({ url, parent });
const eventFrom = (senderFrame: unknown) => ({ senderFrame }) as unknown as IpcMainInvokeEvent;

describe('senderUrlOf', () => {
  it('is the URL of a top-level frame', () => {
    expect(senderUrlOf(eventFrom(frame('app://iop-desk/index.html')))).toBe('app://iop-desk/index.html');
  });

  it('is empty for a frame that is gone, a sub-frame, or one that throws', () => {
    expect(senderUrlOf(eventFrom(null))).toBe('');
    expect(senderUrlOf(eventFrom(frame('app://iop-desk/index.html', frame('app://iop-desk/'))))).toBe('');
    const destroyed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      parent: null,
    };
    expect(senderUrlOf(eventFrom(destroyed))).toBe('');
  });
});

describe('registerIpcHandlers', () => {
  let app: TempApp | null = null;
  afterEach(async () => {
    await app?.dispose();
    app = null;
  });

  it('registers exactly one handler per contract channel, each invoking its own channel', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const invoke = vi.fn<Router['invoke']>(async () => ({ ok: true, value: null }));
    registerIpcHandlers(ipcMain, { invoke } satisfies Router, channels);
    expect([...handlers.keys()].sort()).toEqual([...channels].sort());
    for (const channel of channels) {
      await handlers.get(channel)?.(eventFrom(frame('app://iop-desk/index.html')), { probe: channel });
      expect(invoke).toHaveBeenLastCalledWith(
        channel,
        { probe: channel },
        { senderUrl: 'app://iop-desk/index.html' },
      );
    }
  });

  it('answers the app page through the real router and refuses other senders', async () => {
    app = await createInstalledApp();
    const { ipcMain, handlers } = fakeIpcMain();
    // The temp app trusts the app origin, as the shell does.
    registerIpcHandlers(ipcMain, app.router, channels);
    const status = handlers.get('installation:status');

    expect(await status?.(eventFrom(frame('app://iop-desk/index.html')), {})).toMatchObject({
      ok: true,
      value: { state: 'unlocked' },
    });
    for (const sender of [
      frame('https://evil.example/'),
      null,
      frame('app://iop-desk/index.html', frame('app://iop-desk/')),
    ]) {
      expect(await status?.(eventFrom(sender), {})).toMatchObject({ ok: false });
    }
  });
});
