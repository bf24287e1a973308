// Loads the real preload with electron mocked and inspects what it exposes.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channels } from '../shared/ipc/contract';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    listeners,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(async (channel: string) => ({ ok: true, value: channel })),
      on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
        listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
      }),
      removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
        listeners.get(channel)?.delete(listener);
      }),
      send: vi.fn(),
      sendSync: vi.fn(),
    },
  };
});
vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

type ExposedApi = Record<string, Record<string, (input?: unknown) => Promise<unknown>>> & {
  events: { onLocked(callback: () => void): () => void };
};
let api: ExposedApi;

beforeAll(async () => {
  await import('./index');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, value] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, ExposedApi];
  expect(key).toBe('api');
  api = value;
});

describe('preload', () => {
  it('exposes one function per contract channel, grouped by domain, plus events, and nothing else', () => {
    const expected: Record<string, string[]> = {};
    for (const channel of channels) {
      const [domain, verb] = channel.split(':') as [string, string];
      (expected[domain] ??= []).push(verb);
    }
    expect(Object.keys(api).sort()).toEqual([...Object.keys(expected), 'events'].sort());
    for (const [domain, verbs] of Object.entries(expected)) {
      expect(Object.keys(api[domain] ?? {}).sort(), domain).toEqual([...verbs].sort());
      for (const verb of verbs) expect(typeof api[domain]?.[verb], `${domain}.${verb}`).toBe('function');
    }
    expect(Object.keys(api.events)).toEqual(['onLocked']);
  });

  it('sends each call on its own channel only', async () => {
    for (const channel of channels) {
      const [domain, verb] = channel.split(':') as [string, string];
      electron.ipcRenderer.invoke.mockClear();
      const input = { probe: channel };
      await expect(api[domain]?.[verb]?.(input)).resolves.toEqual({ ok: true, value: channel });
      expect(electron.ipcRenderer.invoke.mock.calls, channel).toEqual([[channel, input]]);
    }
  });

  it('has no open-ended invoke and never hands out ipcRenderer', () => {
    const everything = [api, ...Object.values(api)].flatMap((group) => Object.entries(group));
    for (const [name, value] of everything) {
      expect(value, name).not.toBe(electron.ipcRenderer);
      expect(name.toLowerCase(), name).not.toMatch(/^(invoke|send|on|ipc|ipcrenderer)$/);
    }
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.sendSync).not.toHaveBeenCalled();
  });

  it('calls back on the lock event without passing the IPC event, and unsubscribes', () => {
    const callback = vi.fn();
    const unsubscribe = api.events.onLocked(callback);
    const fire = () => {
      for (const listener of electron.listeners.get('app:locked') ?? [])
        listener({ sender: electron.ipcRenderer });
    };
    fire();
    expect(callback).toHaveBeenCalledTimes(1);
    expect(callback.mock.calls[0]).toEqual([]);

    unsubscribe();
    fire();
    expect(callback).toHaveBeenCalledTimes(1);
    expect(electron.listeners.get('app:locked')?.size ?? 0).toBe(0);
  });

  it('refuses a lock callback that is not a function', () => {
    expect(() => api.events.onLocked('alert(1)' as unknown as () => void)).toThrow(TypeError);
  });
});
