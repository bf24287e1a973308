// The main window: sandboxed, isolated, no Node in the page, the fully
// bundled preload as the only bridge. Shown once the first paint is ready.
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';

export const windowTitle = 'IOP Desk';

/** Where electron-vite puts the bundles, seen from the built main file in `out/main`. */
export function bundlePaths(mainDir: string) {
  return {
    rendererDir: join(mainDir, '..', 'renderer'),
    preload: join(mainDir, '..', 'preload', 'index.cjs'),
  };
}

export function windowOptions(options: {
  preloadPath: string;
  isPackaged: boolean;
}): BrowserWindowConstructorOptions {
  return {
    title: windowTitle,
    width: 1280,
    height: 820,
    // Small laptops at 125 % scaling still fit the navigation and a form side by side.
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    // The Swedish menu (edit, zoom) appears on Alt on Windows and Linux.
    autoHideMenuBar: true,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      enableWebSQL: false,
      devTools: !options.isPackaged,
    },
  };
}
