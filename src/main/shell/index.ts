// The Electron entry: wires Electron to the plain-Node app built by
// `createApp`. Every decision lives in the small modules beside this file
// (tested with electron mocked); this file only connects them.
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, protocol, session } from 'electron';
import { lockedEvent } from '../../shared/ipc/events';
import { channels } from '../../shared/ipc/contract';
import { message } from '../../shared/i18n/messages';
import { createApp } from '../app/create-app';
import { isAppFailure } from '../base/app-error';
import { appEntryUrl, appScheme } from '../security/app-origin';
import { appMenuTemplate } from './app-menu';
import { appSchemePrivileges, respondToAppRequest } from './app-protocol';
import { startAutoLock } from './auto-lock';
import { chromiumDirName, resolveDataDir } from './data-dir';
import { dialogFilePickers } from './file-pickers';
import { registerIpcHandlers } from './ipc-handlers';
import { closeOnQuit } from './quit';
import { guardSession } from './session-guards';
import { createUrlPolicy, devServerUrl } from './url-policy';
import { guardWebContents } from './web-contents-guards';
import { bundlePaths, windowOptions } from './window-options';

// Name and stack frames only: error messages can quote personal data.
const logError = (error: unknown) =>
  console.error(
    '[shell]',
    error instanceof Error ? `${error.name}\n${(error.stack ?? '').split('\n').slice(1, 6).join('\n')}` : typeof error,
  );

function fatal(error: unknown): void {
  // A known refusal (the data folder in use by another process) in the user's language.
  const text = isAppFailure(error) ? message(error.code, 'sv') : error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('IOP Desk', text);
  app.exit(1);
}

// Before ready: the scheme's privileges, the sandbox for every renderer.
protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
app.enableSandbox();
// Matches electron-builder's appId, so Windows groups the window with its shortcut.
if (process.platform === 'win32') app.setAppUserModelId('se.iopdesk.app');

if (!app.requestSingleInstanceLock()) {
  // Another window is already open; it comes to the front (see 'second-instance').
  app.quit();
} else {
  try {
    start();
  } catch (error) {
    fatal(error);
  }
}

function start(): void {
  const devUrl = devServerUrl(process.env, app.isPackaged);
  const policy = createUrlPolicy({ devServerOrigin: devUrl?.origin ?? null, allowDevtools: !app.isPackaged });
  const paths = bundlePaths(import.meta.dirname);
  const { dataDir } = resolveDataDir({
    argv: process.argv,
    env: process.env,
    cwd: process.cwd(),
    userData: app.getPath('userData'),
  });
  // Chromium's own files (caches, storage) go to one subfolder of the data
  // folder: apart from the database, and never outside a portable data folder.
  app.setPath('sessionData', join(dataDir, chromiumDirName));

  let mainWindow: BrowserWindow | null = null;

  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, policy);
    guardSession(contents.session, policy);
  });
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  void app
    .whenReady()
    .then(() => {
      guardSession(session.defaultSession, policy);
      protocol.handle(appScheme, (request) => respondToAppRequest(request, paths.rendererDir));

      const desk = createApp({
        dataDir,
        isTrustedSender: policy.isTrustedSender,
        pickers: dialogFilePickers(dialog, () => mainWindow),
        // Scheduled backups: at start and every 24 hours while the app runs.
        scheduleBackups: true,
      });
      registerIpcHandlers(ipcMain, desk.router, channels);
      closeOnQuit(app, () => desk.close(), logError);
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(appMenuTemplate(process.platform, { development: !app.isPackaged })),
      );

      const window = new BrowserWindow(
        windowOptions({ preloadPath: paths.preload, isPackaged: app.isPackaged }),
      );
      mainWindow = window;
      window.once('ready-to-show', () => window.show());
      window.on('closed', () => {
        mainWindow = null;
      });

      startAutoLock({
        powerMonitor,
        installation: { status: () => desk.installation.status(), lock: () => desk.installation.autoLock() },
        onLocked: () => {
          if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(lockedEvent);
        },
        logError,
      });

      return window.loadURL(devUrl?.href ?? appEntryUrl);
    })
    .catch(fatal);
}
