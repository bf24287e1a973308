import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { appMenuTemplate } from './app-menu';

// Loading the real package outside Electron would try to download the binary.
vi.mock('electron', () => ({}));

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const platforms: NodeJS.Platform[] = ['win32', 'darwin', 'linux'];

describe('appMenuTemplate', () => {
  it('has only built-in roles: nothing that could open remote content', () => {
    for (const platform of platforms) {
      for (const development of [false, true]) {
        for (const item of flatten(appMenuTemplate(platform, { development }))) {
          expect(item.click, item.label).toBeUndefined();
          expect(['help', 'services', 'window'], item.label).not.toContain(item.role);
        }
      }
    }
  });

  it('labels every visible item in Swedish', () => {
    for (const platform of platforms) {
      const visible = flatten(appMenuTemplate(platform, { development: true })).filter(
        (item) => item.type !== 'separator' && item.visible !== false,
      );
      for (const item of visible) expect(item.label, JSON.stringify(item)).toMatch(/\S/);
      const labels = visible.map((item) => item.label);
      expect(labels).toEqual(
        expect.arrayContaining(['Redigera', 'Kopiera', 'Klistra in', 'Zooma in', 'Zooma ut']),
      );
    }
  });

  it('offers reload and developer tools only in development', () => {
    for (const platform of platforms) {
      const roles = (development: boolean) =>
        flatten(appMenuTemplate(platform, { development })).map((item) => item.role);
      expect(roles(false)).not.toContain('toggleDevTools');
      expect(roles(false)).not.toContain('reload');
      expect(roles(true)).toContain('toggleDevTools');
    }
  });

  it('puts the app menu first on macOS only', () => {
    expect(appMenuTemplate('darwin', { development: false })[0]?.label).toBe('IOP Desk');
    expect(appMenuTemplate('win32', { development: false })[0]?.label).toBe('Arkiv');
  });
});
