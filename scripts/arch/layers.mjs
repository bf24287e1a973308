// The layer order inside src/main, top to bottom (issue 9): the one table both
// eslint.config.js (boundaries rules) and `npm run arch` (scripts/arch.ts)
// enforce, so the two cannot drift. Plain JavaScript so the ESLint config can
// import it; types in layers.d.mts.
//
// A file may import its own layer and any layer below it; the exceptions say
// where that is not enough or too much. Every top-level folder of src/main must
// appear here: `npm run arch` reports one that does not as unknown.

/** @type {readonly string[]} */
export const domainFolders = [
  'agreements',
  'attachments',
  'audit',
  'backup',
  'calendar-export',
  'children',
  'documents',
  'drafts',
  'effect-evaluation',
  'erasure',
  'import',
  'exchange',
  'organisations',
  'printing',
  'reports',
  'settings',
  'support-groups',
  'users',
];

/** @type {import('./layers.d.mts').LayerConfig} */
export const layerConfig = {
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
      why: 'app/create-app.ts, the composition root, builds the router; the rest of main knows nothing of IPC',
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
    // The element type is the boundaries type eslint.config.js gives that folder.
    {
      prefix: 'src/preload/',
      element: 'preload',
      why: "the preload depends on main's contract, not the reverse (the shell → preload/api-types cycle)",
    },
    { prefix: 'src/renderer/', element: 'renderer', why: 'the main process never imports the renderer' },
  ],
};
