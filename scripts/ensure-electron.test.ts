import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ensureElectron, failureMessage, installedElectron, skippedMessage } from './ensure-electron.mjs';

let electronDir: string;

beforeEach(() => {
  electronDir = mkdtempSync(join(tmpdir(), 'iop-desk-electron-'));
});
afterEach(() => rmSync(electronDir, { recursive: true, force: true }));

/** What electron's install.js leaves behind after a successful download. */
function installBinary(dir = electronDir) {
  writeFileSync(join(dir, 'path.txt'), 'electron');
  mkdirSync(join(dir, 'dist'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'electron'), '');
}

const quiet = { log: () => {}, error: vi.fn() };

describe('installedElectron', () => {
  it('is the executable named by path.txt, only when both exist', () => {
    expect(installedElectron(electronDir, {})).toBeNull();
    writeFileSync(join(electronDir, 'path.txt'), 'electron');
    expect(installedElectron(electronDir, {})).toBeNull();
    installBinary();
    expect(installedElectron(electronDir, {})).toBe(join(electronDir, 'dist', 'electron'));
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', () => {
    writeFileSync(join(electronDir, 'path.txt'), 'electron');
    const elsewhere = join(electronDir, 'elsewhere');
    mkdirSync(elsewhere);
    writeFileSync(join(elsewhere, 'electron'), '');
    expect(installedElectron(electronDir, { ELECTRON_OVERRIDE_DIST_PATH: elsewhere })).toBe(
      join(elsewhere, 'electron'),
    );
  });
});

describe('ensureElectron', () => {
  it('does nothing when the binary is there', () => {
    installBinary();
    const runInstall = vi.fn(() => 0);
    expect(ensureElectron({ electronDir, env: {}, runInstall, ...quiet })).toBe(0);
    expect(runInstall).not.toHaveBeenCalled();
  });

  it('runs electron’s install.js once when the binary is missing', () => {
    const runInstall = vi.fn((script: string) => {
      expect(script).toBe(join(electronDir, 'install.js'));
      installBinary();
      return 0;
    });
    expect(ensureElectron({ electronDir, env: {}, runInstall, ...quiet })).toBe(0);
    expect(runInstall).toHaveBeenCalledTimes(1);
  });

  it('explains in Swedish and English when the download fails', () => {
    const error = vi.fn();
    expect(ensureElectron({ electronDir, env: {}, runInstall: () => 1, log: () => {}, error })).toBe(1);
    expect(error).toHaveBeenCalledWith(failureMessage);
    expect(failureMessage).toMatch(/Electron kunde inte hämtas.*npm run preview/);
    expect(failureMessage).toMatch(/could not be downloaded.*npm run preview/);
  });

  it('fails too when install.js claims success but left no binary', () => {
    expect(ensureElectron({ electronDir, env: {}, runInstall: () => 0, ...quiet })).toBe(1);
  });

  it('does not download when ELECTRON_SKIP_BINARY_DOWNLOAD is set', () => {
    const runInstall = vi.fn(() => 0);
    const error = vi.fn();
    expect(
      ensureElectron({
        electronDir,
        env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
        runInstall,
        log: () => {},
        error,
      }),
    ).toBe(1);
    expect(runInstall).not.toHaveBeenCalled();
    expect(error).toHaveBeenCalledWith(skippedMessage);
  });
});
