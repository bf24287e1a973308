import { describe, expect, it } from 'vitest';
import { layerConfig, type LayerConfig } from './layers.mjs';
import { layerIndexOf, layerViolation, mainFolderOf, outsideViolation, unknownFolders } from './rules';

describe('mainFolderOf', () => {
  it('gives the top-level folder of a src/main path, "" for a file in src/main itself, null outside', () => {
    expect(mainFolderOf('src/main/support-groups/gate.ts')).toBe('support-groups');
    expect(mainFolderOf('src/main/ipc/handlers/agreements.ts')).toBe('ipc');
    expect(mainFolderOf('src\\main\\db\\migrate.ts')).toBe('db');
    expect(mainFolderOf('src/main/index.ts')).toBe('');
    expect(mainFolderOf('src/shared/ipc/contract.ts')).toBeNull();
    expect(mainFolderOf('src/mainly/x.ts')).toBeNull();
  });
});

describe('the layer table', () => {
  it('places every folder once', () => {
    const folders = layerConfig.order.flatMap((layer) => layer.folders);
    expect(new Set(folders).size).toBe(folders.length);
  });

  it('names its exceptions with folders it places', () => {
    const named = [
      ...layerConfig.upwardAllowed.flatMap((rule) => [rule.from, rule.to]),
      ...layerConfig.onlyImportedBy.flatMap((rule) => [rule.folder, ...rule.importers]),
      ...layerConfig.forbidden.flatMap((rule) => [rule.from, rule.to]),
    ];
    expect(unknownFolders(layerConfig, named)).toEqual([]);
  });

  it('reports the folders it does not place', () => {
    expect(unknownFolders(layerConfig, ['shell', 'auth', 'errors', 'base', 'auth'])).toEqual([
      'auth',
      'errors',
    ]);
    expect(unknownFolders(layerConfig, [''])).toEqual(['']);
  });
});

describe('layerViolation with the project table', () => {
  const allowed = (from: string, to: string) =>
    expect(layerViolation(layerConfig, from, to), `${from} → ${to}`).toBeNull();
  const refused = (from: string, to: string, reason: RegExp) =>
    expect(layerViolation(layerConfig, from, to), `${from} → ${to}`).toMatch(reason);

  it('lets a folder import itself and any layer below it', () => {
    allowed('ipc', 'ipc');
    allowed('shell', 'app');
    allowed('shell', 'security');
    allowed('app', 'installation');
    allowed('ipc', 'agreements');
    allowed('installation', 'users');
    allowed('children', 'context');
    allowed('reports', 'db');
    allowed('db', 'files');
    allowed('keyring', 'base');
  });

  it('refuses imports that run up the order', () => {
    refused('agreements', 'app', /a layer above it/);
    refused('backup', 'installation', /a layer above it/);
    refused('context', 'children', /a layer above it/);
    refused('db', 'context', /a layer above it/);
    refused('base', 'keyring', /a layer above it/);
    refused('seed', 'app', /a layer above it/);
    refused('app', 'shell', /a layer above it/);
  });

  it('lets cli build the app', () => {
    allowed('cli', 'app');
    allowed('cli', 'seed');
  });

  it('lets only ipc and the composition root import ipc', () => {
    allowed('app', 'ipc');
    refused('shell', 'ipc', /which only ipc\/, app\/ import/);
    refused('cli', 'ipc', /which only ipc\/, app\/ import/);
    refused('users', 'ipc', /which only ipc\/, app\/ import/);
    refused('installation', 'ipc', /which only ipc\/, app\/ import/);
  });

  it('lets domains import each other, except agreements → documents', () => {
    allowed('documents', 'agreements');
    allowed('erasure', 'children');
    refused('agreements', 'documents', /agreement view/);
  });

  it('leaves unknown folders to the unknown-folders report', () => {
    expect(layerViolation(layerConfig, 'auth', 'app')).toBeNull();
    expect(layerViolation(layerConfig, 'agreements', 'errors')).toBeNull();
  });

  it('refuses imports from src/main into the preload and the renderer', () => {
    expect(outsideViolation(layerConfig, 'src/preload/api-types.ts')).toMatch(/src\/preload/);
    expect(outsideViolation(layerConfig, 'src/renderer/src/main.tsx')).toMatch(/renderer/);
    expect(outsideViolation(layerConfig, 'src/shared/ipc/contract.ts')).toBeNull();
  });
});

describe('layerViolation with a small table', () => {
  const config: LayerConfig = {
    order: [
      { name: 'top', folders: ['a'] },
      { name: 'middle', folders: ['b', 'c'] },
      { name: 'bottom', folders: ['d'] },
    ],
    upwardAllowed: [{ from: 'd', to: 'b', why: 'test' }],
    onlyImportedBy: [{ folder: 'c', importers: ['b'], why: 'guarded' }],
    forbidden: [{ from: 'a', to: 'd', why: 'no skipping' }],
    forbiddenOutside: [{ prefix: 'src/x/', element: 'x', why: 'outside' }],
  };

  it('orders layers top to bottom', () => {
    expect(layerIndexOf(config, 'a')).toBe(0);
    expect(layerIndexOf(config, 'c')).toBe(1);
    expect(layerIndexOf(config, 'x')).toBeUndefined();
  });

  it('applies the order, then the exceptions', () => {
    expect(layerViolation(config, 'a', 'b')).toBeNull();
    expect(layerViolation(config, 'b', 'a')).toMatch(/b\/ \(middle\) imports a\/ \(top\), a layer above it/);
    expect(layerViolation(config, 'd', 'b')).toBeNull();
    expect(layerViolation(config, 'd', 'c')).toMatch(/guarded/);
    expect(layerViolation(config, 'a', 'c')).toMatch(/guarded/);
    expect(layerViolation(config, 'b', 'c')).toBeNull();
    expect(layerViolation(config, 'c', 'c')).toBeNull();
    expect(layerViolation(config, 'a', 'd')).toMatch(/no skipping/);
    expect(outsideViolation(config, 'src/x/y.ts')).toMatch(/outside/);
    expect(outsideViolation(config, 'src/xy/z.ts')).toBeNull();
  });
});
