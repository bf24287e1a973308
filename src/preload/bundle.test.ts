// Builds the preload with the real electron.vite.config.ts and runs the bundle
// the way a sandboxed renderer does: CommonJS with `require('electron')` as
// the only module, and no Node globals. Catches a dependency that would break
// `sandbox: true` (a Node built-in pulled in through shared code, an
// externalised package, ESM output).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { resolveConfig } from 'electron-vite';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels } from '../shared/ipc/contract';

let outDir: string;
let code: string;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'iop-desk-preload-'));
  const resolved = await resolveConfig({}, 'build', 'production');
  const preload = resolved.config?.preload;
  if (!preload?.build) throw new Error('electron.vite.config.ts has no preload build');
  preload.build.outDir = outDir;
  preload.build.emptyOutDir = false;
  preload.logLevel = 'silent';
  await build(preload);
  code = readFileSync(join(outDir, 'index.cjs'), 'utf8');
}, 60_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('preload bundle', () => {
  it('is a single CommonJS file that requires nothing but electron', () => {
    const required = [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(code).not.toMatch(/^\s*import\s.+from\s/m);
  });

  it('runs without Node globals and exposes the api on its own channels', async () => {
    const exposed: Array<[string, Record<string, Record<string, (input: unknown) => Promise<unknown>>>]> = [];
    const invoked: unknown[][] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, value: never) => exposed.push([key, value]) },
      ipcRenderer: {
        invoke: async (...args: unknown[]) => {
          invoked.push(args);
          return { ok: true, value: null };
        },
        on: () => {},
        removeListener: () => {},
      },
    };
    const module = { exports: {} };
    const sandboxRequire = (name: string) => {
      if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
      return electron;
    };
    vm.runInContext(code, vm.createContext({ require: sandboxRequire, module, exports: module.exports }), {
      filename: 'index.cjs',
    });

    expect(exposed.map(([key]) => key)).toEqual(['api']);
    const api = exposed[0]![1];
    const domains = new Set(channels.map((channel) => channel.split(':')[0]));
    expect(new Set(Object.keys(api))).toEqual(new Set([...domains, 'events']));
    await api['organisations']?.['list']?.({ query: 'röda' });
    expect(invoked).toEqual([['organisations:list', { query: 'röda' }]]);
  });
});
