import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundlePaths, windowOptions } from './window-options';

describe('windowOptions', () => {
  const packaged = windowOptions({ preloadPath: '/app/out/preload/index.cjs', isPackaged: true });

  it('isolates and sandboxes the page, with the bundled preload as the only bridge', () => {
    expect(packaged.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
  });

  it('offers devtools only in development', () => {
    expect(packaged.webPreferences?.devTools).toBe(false);
    expect(windowOptions({ preloadPath: 'p', isPackaged: false }).webPreferences?.devTools).toBe(true);
  });

  it('opens hidden, titled in Swedish, with a usable minimum size', () => {
    expect(packaged).toMatchObject({ show: false, title: 'IOP Desk' });
    expect(packaged.minWidth).toBeGreaterThanOrEqual(800);
    expect(packaged.minHeight).toBeGreaterThanOrEqual(560);
    expect(packaged.width).toBeGreaterThanOrEqual(packaged.minWidth ?? 0);
    expect(packaged.height).toBeGreaterThanOrEqual(packaged.minHeight ?? 0);
  });
});

describe('bundlePaths', () => {
  it('finds the renderer and the CommonJS preload beside the built main', () => {
    const main = join('/app', 'out', 'main');
    expect(bundlePaths(main)).toEqual({
      rendererDir: join('/app', 'out', 'renderer'),
      preload: join('/app', 'out', 'preload', 'index.cjs'),
    });
  });
});
