import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { guardSession } from './session-guards';
import { createUrlPolicy } from './url-policy';
import { guardWebContents } from './web-contents-guards';

// Loading the real package outside Electron would try to download the binary.
vi.mock('electron', () => ({}));

const policy = createUrlPolicy({ devServerOrigin: null, allowDevtools: false });

type Listener = (event: { url?: string; preventDefault(): void }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on(name: string, listener: Listener) {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: typeof openHandler) {
      openHandler = handler;
    },
  };
  /** Emits the event and says whether a guard prevented it. */
  const emit = (name: string, url?: string) => {
    const event = { url, preventDefault: vi.fn() };
    for (const listener of listeners.get(name) ?? []) listener(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return {
    contents: contents as unknown as WebContents,
    emit,
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('guardWebContents', () => {
  it('prevents navigation and redirects away from the app origin, in any frame', () => {
    const { contents, emit } = fakeContents();
    guardWebContents(contents, policy);
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(emit(name, 'https://www.example.se/'), name).toBe(true);
      expect(emit(name, 'file:///C:/Users/anna/secret.txt'), name).toBe(true);
      expect(emit(name, 'app://iop-desk/index.html'), name).toBe(false);
    }
  });

  it('denies every new window, whatever its URL', () => {
    const { contents, open } = fakeContents();
    guardWebContents(contents, policy);
    expect(open('https://www.example.se/')).toEqual({ action: 'deny' });
    expect(open('app://iop-desk/index.html')).toEqual({ action: 'deny' });
  });

  it('prevents attaching a webview', () => {
    const { contents, emit } = fakeContents();
    guardWebContents(contents, policy);
    expect(emit('will-attach-webview')).toBe(true);
  });
});

function fakeSession() {
  const handlers: Record<string, (...args: never[]) => unknown> = {};
  const session = {
    setPermissionRequestHandler: (h: never) => (handlers['request'] = h),
    setPermissionCheckHandler: (h: never) => (handlers['check'] = h),
    setDevicePermissionHandler: (h: never) => (handlers['device'] = h),
    setDisplayMediaRequestHandler: (h: never) => (handlers['displayMedia'] = h),
    setSpellCheckerEnabled: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn((h: never) => (handlers['beforeRequest'] = h)) },
  };
  const call = <T>(name: string, ...args: unknown[]): T => {
    const handler = handlers[name] as ((...a: unknown[]) => T) | undefined;
    if (!handler) throw new Error(`no ${name} handler installed`);
    return handler(...args);
  };
  return { session, asSession: session as unknown as Session, call };
}

describe('guardSession', () => {
  it('denies every permission request and check', () => {
    const { asSession, call } = fakeSession();
    guardSession(asSession, policy);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
    ]) {
      const callback = vi.fn();
      call('request', {}, permission, callback, {});
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(call('check', {}, permission, 'app://iop-desk', {}), permission).toBe(false);
    }
    expect(call('device', { deviceType: 'usb' })).toBe(false);
    const streams = vi.fn();
    call('displayMedia', {}, streams);
    expect(streams).toHaveBeenCalledWith(null);
  });

  it('cancels every request that is not the app protocol', () => {
    const { asSession, call } = fakeSession();
    guardSession(asSession, policy);
    const decide = (url: string) => {
      const callback = vi.fn();
      call('beforeRequest', { url }, callback);
      return callback.mock.calls[0]?.[0];
    };
    expect(decide('app://iop-desk/assets/index.js')).toEqual({ cancel: false });
    expect(decide('https://fonts.gstatic.com/s/inter.woff2')).toEqual({ cancel: true });
    expect(decide('http://169.254.169.254/latest/meta-data')).toEqual({ cancel: true });
    expect(decide('file:///etc/passwd')).toEqual({ cancel: true });
  });

  it('turns the spellchecker off (it would download dictionaries) and installs once per session', () => {
    const { session, asSession } = fakeSession();
    guardSession(asSession, policy);
    guardSession(asSession, policy);
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    expect(session.webRequest.onBeforeRequest).toHaveBeenCalledTimes(1);
  });
});
