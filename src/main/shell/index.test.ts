// Runs the real shell entry against a fake Electron, to check the wiring:
// what happens before ready, what is registered, which window opens, and
// that the lock event reaches the window.
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channels } from '../../shared/ipc/contract';

const fake = await vi.hoisted(async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const log: string[] = [];
  const state = {
    log,
    singleInstance: true,
    packaged: true,
    windows: [] as FakeWindowLike[],
    ready: null as null | (() => void),
  };
  interface FakeWindowLike {
    options: unknown;
    loaded: string | null;
    sent: string[];
    emitter: InstanceType<typeof Emitter>;
  }
  const newSession = () => ({
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    setDisplayMediaRequestHandler: vi.fn(),
    setSpellCheckerEnabled: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  });
  const app = Object.assign(new Emitter(), {
    requestSingleInstanceLock: vi.fn(() => state.singleInstance),
    enableSandbox: vi.fn(() => log.push('enableSandbox')),
    getPath: vi.fn((name: string) => `/nonexistent/${name}`),
    setPath: vi.fn(),
    setAppUserModelId: vi.fn(),
    whenReady: vi.fn(
      () =>
        new Promise<void>((resolve) => {
          state.ready = () => {
            log.push('ready');
            resolve();
          };
        }),
    ),
    quit: vi.fn(() => log.push('quit')),
    exit: vi.fn(),
  });
  Object.defineProperty(app, 'isPackaged', { get: () => state.packaged });
  class BrowserWindow extends Emitter {
    loaded: string | null = null;
    sent: string[] = [];
    emitter = this;
    webContents = { send: (channel: string) => this.sent.push(channel) };
    constructor(public options: unknown) {
      super();
      state.windows.push(this);
    }
    loadURL = vi.fn(async (url: string) => {
      this.loaded = url;
    });
    show = vi.fn();
    isDestroyed = () => false;
    isMinimized = () => false;
    restore = vi.fn();
    focus = vi.fn();
  }
  return {
    state,
    electron: {
      app,
      BrowserWindow,
      dialog: { showErrorBox: vi.fn() },
      ipcMain: { handle: vi.fn() },
      Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
      powerMonitor: Object.assign(new Emitter(), { getSystemIdleTime: vi.fn(() => 0) }),
      protocol: {
        registerSchemesAsPrivileged: vi.fn(() => log.push('registerSchemesAsPrivileged')),
        handle: vi.fn(),
      },
      session: { defaultSession: newSession() },
      newSession,
    },
  };
});
vi.mock('electron', () => fake.electron);

const { electron, state } = fake;
let dataDir: string;

beforeEach(() => {
  vi.resetModules();
  vi.clearAllMocks();
  electron.app.removeAllListeners();
  electron.powerMonitor.removeAllListeners();
  Object.assign(state, { singleInstance: true, packaged: true, windows: [], ready: null });
  state.log.length = 0;
  dataDir = mkdtempSync(join(tmpdir(), 'iop-desk-shell-'));
  vi.stubEnv('IOP_DESK_DATA_DIR', dataDir);
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
});

afterEach(async () => {
  // Let the shell close its database, as Electron would on quit.
  electron.app.emit('before-quit', { preventDefault: () => {} });
  await new Promise((r) => setTimeout(r, 20));
  vi.unstubAllEnvs();
  rmSync(dataDir, { recursive: true, force: true });
});

async function startShell() {
  await import('./index');
  state.ready?.();
  await vi.waitFor(() => expect(state.windows[0]?.loaded).toBeTruthy());
  return state.windows[0]!;
}

type Handler = (event: unknown, input: unknown) => Promise<{ ok: boolean }>;
const handlerFor = (channel: string) =>
  electron.ipcMain.handle.mock.calls.find(([name]) => name === channel)?.[1] as Handler | undefined;
const fromApp = { senderFrame: { url: 'app://iop-desk/index.html', parent: null } };

describe('shell entry', () => {
  it('registers the privileged scheme and the sandbox before ready', async () => {
    await startShell();
    expect(state.log.indexOf('registerSchemesAsPrivileged')).toBeLessThan(state.log.indexOf('ready'));
    expect(state.log.indexOf('enableSandbox')).toBeLessThan(state.log.indexOf('ready'));
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves the renderer on app:// and loads it in a sandboxed, hidden window', async () => {
    const window = await startShell();
    expect(window.loaded).toBe('app://iop-desk/index.html');
    expect(window.options).toMatchObject({
      show: false,
      title: 'IOP Desk',
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: false },
    });
    expect((window.options as { webPreferences: { preload: string } }).webPreferences.preload).toMatch(
      /preload[/\\]index\.cjs$/,
    );
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    window.emitter.emit('ready-to-show');
    expect((window as unknown as { show: () => void }).show).toHaveBeenCalled();
  });

  it('guards the default session and every new web contents', async () => {
    await startShell();
    expect(electron.session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalledTimes(1);
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledTimes(1);

    const contents = Object.assign(new EventEmitter(), {
      setWindowOpenHandler: vi.fn(),
      session: electron.newSession(),
    });
    electron.app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.session.webRequest.onBeforeRequest).toHaveBeenCalledTimes(1);
  });

  it('registers one IPC handler per channel that trusts only the app page', async () => {
    await startShell();
    expect(electron.ipcMain.handle.mock.calls.map(([name]) => name).sort()).toEqual([...channels].sort());
    const status = handlerFor('installation:status');
    expect(await status?.(fromApp, {})).toMatchObject({ ok: true, value: { state: 'uninitialised' } });
    expect(await status?.({ senderFrame: { url: 'https://evil.example/', parent: null } }, {})).toMatchObject(
      { ok: false },
    );
    expect(await status?.({ senderFrame: null }, {})).toMatchObject({ ok: false });
  });

  it('uses the data directory from IOP_DESK_DATA_DIR and keeps Chromium’s files there too', async () => {
    await startShell();
    expect(electron.app.setPath).toHaveBeenCalledWith('sessionData', join(dataDir, 'chromium'));
    await handlerFor('installation:setup')?.(fromApp, {
      organisationName: 'Testkommunens socialförvaltning',
      admin: { username: 'admin', displayName: 'Ada Admin', password: 'korrekt-häst-batteri-9' },
    });
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(dataDir)).toEqual(expect.arrayContaining(['keyring.json', 'iop-desk.db']));
  });

  it('locks on the OS lock screen and tells the window', async () => {
    const window = await startShell();
    const setup = await handlerFor('installation:setup')?.(fromApp, {
      organisationName: 'Testkommunens socialförvaltning',
      admin: { username: 'admin', displayName: 'Ada Admin', password: 'korrekt-häst-batteri-9' },
    });
    expect(setup).toMatchObject({ ok: true });
    expect(await handlerFor('installation:status')?.(fromApp, {})).toMatchObject({
      value: { state: 'unlocked' },
    });

    electron.powerMonitor.emit('lock-screen');
    await vi.waitFor(() => expect(window.sent).toEqual(['app:locked']));
    expect(await handlerFor('installation:status')?.(fromApp, {})).toMatchObject({
      value: { state: 'locked' },
    });
  });

  it('quits at once when another instance holds the lock', async () => {
    state.singleInstance = false;
    await import('./index');
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('loads only a local dev server in development', async () => {
    state.packaged = false;
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/');
    const window = await startShell();
    expect(window.loaded).toBe('http://localhost:5173/');
    expect(window.options).toMatchObject({ webPreferences: { devTools: true } });
  });

  it('refuses a remote dev server URL with a message instead of loading it', async () => {
    state.packaged = false;
    vi.stubEnv('ELECTRON_RENDERER_URL', 'https://evil.example/');
    await import('./index');
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('IOP Desk', expect.stringMatching(/localhost/));
    expect(electron.app.exit).toHaveBeenCalledWith(1);
    expect(state.windows).toHaveLength(0);
  });
});
