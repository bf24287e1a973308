// electron-builder.yml checked against electron-builder's own schema (the
// Electron binary is not needed), plus the choices the app depends on.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
// app-builder-lib is electron-builder's engine; resolve it the way electron-builder does.
const builderRequire = createRequire(createRequire(join(root, 'package.json')).resolve('electron-builder'));
const { getConfig, validateConfiguration } = builderRequire('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: object | null): Promise<Config>;
  validateConfiguration(config: Config, debugLogger: unknown): Promise<void>;
};
const { DebugLogger } = builderRequire('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

interface Config {
  [key: string]: unknown;
  files?: Array<{ filter: string[] }> | string[];
  asarUnpack?: string[];
  nsis?: Record<string, unknown>;
  electronFuses?: Record<string, boolean>;
}

let config: Config;

beforeAll(async () => {
  config = await getConfig(root, null, null);
});

describe('electron-builder.yml', () => {
  it('passes electron-builder’s schema', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app and packs the build output with only the native driver binary outside the asar', () => {
    expect(config).toMatchObject({ appId: 'se.iopdesk.app', productName: 'IOP Desk' });
    const files = (config.files ?? []).flatMap((entry) =>
      typeof entry === 'string' ? [entry] : entry.filter,
    );
    expect(files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    // Only the native binary leaves the archive: JavaScript outside it escapes the asar integrity check.
    expect(config.asarUnpack).toEqual(['node_modules/better-sqlite3-multiple-ciphers/**/*.node']);
    expect(config['npmRebuild']).toBe(false);
  });

  it('has no publish or auto-update configuration', () => {
    expect(config['publish']).toBeNull();
    expect(JSON.stringify(config)).not.toMatch(/github|s3|generic|update/i);
  });

  it('builds a Swedish NSIS installer with a per-user or per-machine choice, a dmg, an AppImage and a deb', () => {
    expect(config['win']).toMatchObject({ target: 'nsis' });
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      installerLanguages: ['sv_SE'],
      language: '1053',
    });
    expect(config['mac']).toMatchObject({ target: 'dmg' });
    expect(config['linux']).toMatchObject({ target: ['AppImage', 'deb'] });
  });

  it('hardens the packaged binary with Electron fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeCliInspectArguments: false,
      enableNodeOptionsEnvironmentVariable: false,
      onlyLoadAppFromAsar: true,
    });
  });

  it('has an icon large enough for every platform (at least 512 × 512)', () => {
    const png = readFileSync(join(root, 'resources', 'icon.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
  });
});
