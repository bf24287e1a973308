// The layer order inside src/main, top to bottom (issue 9). A file may import
// its own layer and any layer below it; the exceptions below say where that
// is not enough or too much. Every top-level folder of src/main must appear
// here: one that does not is reported as unknown, since no rule can cover it.

export interface Layer {
  /** Shown in reports. */
  readonly name: string;
  /** Top-level folders of src/main in this layer. */
  readonly folders: readonly string[];
}

export interface LayerConfig {
  /** Top (imports most) to bottom (imports nothing in src/main). */
  readonly order: readonly Layer[];
  /** Imports allowed although they run up the order. */
  readonly upwardAllowed: readonly { from: string; to: string; why: string }[];
  /** Folders only the listed folders may import (their own folder always may). */
  readonly onlyImportedBy: readonly { folder: string; importers: readonly string[]; why: string }[];
  /** Imports refused although the order allows them. */
  readonly forbidden: readonly { from: string; to: string; why: string }[];
  /** Paths outside src/main that no file in src/main may import. */
  readonly forbiddenOutside: readonly { prefix: string; why: string }[];
}

export const domainFolders = [
  'agreements',
  'audit',
  'backup',
  'children',
  'documents',
  'erasure',
  'organisations',
  'reports',
  'settings',
  'support-groups',
  'users',
] as const;

export const layerConfig: LayerConfig = {
  order: [
    { name: 'shell', folders: ['shell'] },
    { name: 'app', folders: ['app'] },
    { name: 'cli, seed', folders: ['cli', 'seed'] },
    { name: 'ipc', folders: ['ipc'] },
    { name: 'installation', folders: ['installation'] },
    // Domains may import each other, as long as the folder graph has no cycle.
    { name: 'domains', folders: domainFolders },
    { name: 'context', folders: ['context'] },
    { name: 'db', folders: ['db'] },
    { name: 'keyring, security, files', folders: ['keyring', 'security', 'files'] },
    { name: 'base', folders: ['base'] },
  ],
  upwardAllowed: [
    { from: 'cli', to: 'app', why: 'the CLI builds the app through createApp, as the shell does' },
  ],
  onlyImportedBy: [
    {
      folder: 'ipc',
      importers: ['app'],
      why: 'only ipc/ imports ipc/; app/create-app.ts, the composition root, builds the router',
    },
  ],
  forbidden: [
    {
      from: 'agreements',
      to: 'documents',
      why: 'documents depend on an agreement view, never the reverse',
    },
  ],
  forbiddenOutside: [
    {
      prefix: 'src/preload/',
      why: "the preload depends on main's contract, not the reverse (issue 9: shell → preload/api-types)",
    },
    { prefix: 'src/renderer/', why: 'the main process never imports the renderer' },
  ],
};
