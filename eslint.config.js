// Lint for the whole tree. Besides typescript-eslint's recommended rules it
// enforces the process layering as errors:
//   src/shared    pure TypeScript: no electron, no Node built-ins, no DOM globals
//   src/renderer  never imports src/main, electron or Node built-ins
//   src/main      never imports src/renderer; only src/main/shell imports electron
//   src/preload   imports electron; the renderer may import only its pure files
// Inside src/main the layers of scripts/arch/layers.mjs (issue 9) hold too:
//   shell > app > cli, seed > ipc > installation > domains > context > db
//   > keyring, security, files > base
// a folder imports its own layer and those below; only ipc/ (and app/, the
// composition root) imports ipc/; agreements/ never imports documents/.
// Tests, scripts, benchmarks and config files may import anything.
import { builtinModules } from 'node:module';
import { defineConfig } from 'eslint/config';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layerConfig } from './scripts/arch/layers.mjs';

const testFiles = ['**/*.test.ts', '**/*.test.tsx', 'test/**', 'scripts/**', 'bench/**'];

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));

/** `no-restricted-imports` options forbidding electron and/or the Node built-ins (with or without `node:`). */
const restrictImports = ({ electron, node }) => ({
  paths: [
    ...(electron ? [{ name: 'electron', message: electron }] : []),
    // The list already holds sub-paths such as `fs/promises` and `path/posix`.
    ...(node ? nodeBuiltins.map((name) => ({ name, message: node })) : []),
  ],
  patterns: node ? [{ group: ['node:*'], message: node }] : [],
});

/** One boundaries element per top-level folder of src/main that the layer table places (the shell apart). */
const layeredFolders = layerConfig.order
  .flatMap((layer) => layer.folders)
  .filter((folder) => folder !== 'shell');
const layerElements = layeredFolders.map((folder) => ({
  type: folder,
  pattern: `src/main/${folder}`,
  partialMatch: false,
}));
/** Every element of src/main but the shell: the layered folders, and `main` for any folder the table does not place. */
const coreTypes = [...layeredFolders, 'main'];
const layerNameOf = (folder) => layerConfig.order.find((layer) => layer.folders.includes(folder))?.name;

/** Policies from the layer table: nothing imports a layer above it, ipc/ is guarded, and the named exceptions. */
const layerPolicies = [
  ...layerConfig.order.flatMap((layer, index) => {
    const above = layerConfig.order.slice(0, index).flatMap((l) => l.folders);
    return layer.folders.flatMap((folder) => {
      const allowedUp = layerConfig.upwardAllowed
        .filter((rule) => rule.from === folder)
        .map((rule) => rule.to);
      const refused = above.filter((to) => !allowedUp.includes(to));
      if (refused.length === 0) return [];
      return [
        {
          from: { element: { type: folder } },
          disallow: { to: { element: { types: { anyOf: refused } } } },
          message: `src/main/${folder} (${layer.name}) imports only its own layer and those below it, not ${refused.join(', ')}.`,
        },
      ];
    });
  }),
  ...layerConfig.onlyImportedBy.map((rule) => {
    const importers = [rule.folder, ...rule.importers];
    return {
      from: {
        element: { types: { anyOf: ['shell', ...coreTypes].filter((type) => !importers.includes(type)) } },
      },
      disallow: { to: { element: { type: rule.folder } } },
      message: `Only ${importers.map((f) => `src/main/${f}`).join(' and ')} import src/main/${rule.folder}: ${rule.why}.`,
    };
  }),
  ...layerConfig.forbidden.map((rule) => ({
    from: { element: { type: rule.from } },
    disallow: { to: { element: { type: rule.to } } },
    message: `src/main/${rule.from} (${layerNameOf(rule.from)}) never imports src/main/${rule.to}: ${rule.why}.`,
  })),
  ...layerConfig.forbiddenOutside.map((rule) => ({
    from: { element: { types: { anyOf: ['shell', ...coreTypes] } } },
    disallow: { to: { element: { type: rule.element } } },
    message: `src/main never imports ${rule.prefix}: ${rule.why}.`,
  })),
];

/** DOM and Node globals that `src/shared` must not touch: it runs on both sides of the IPC boundary. */
const impureGlobals = [
  'window',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'fetch',
  'XMLHttpRequest',
  'process',
  'Buffer',
  'require',
  '__dirname',
  '__filename',
  'global',
].map((name) => ({ name, message: 'src/shared is pure TypeScript: no DOM or Node globals.' }));

export default defineConfig(
  { ignores: ['out/', 'node_modules/', 'dist/', 'release/', 'coverage/', 'test/e2e/screenshots/'] },

  {
    files: ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    extends: [tseslint.configs.recommended],
  },

  {
    files: ['**/*.{js,mjs,cjs,ts,mts,cts}'],
    ignores: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },

  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },

  // Layering between the process folders, resolved to real files (so `../../main/x`
  // is caught however deep the importing file sits).
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: testFiles,
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] } },
      'boundaries/elements': [
        // First match wins, so the shell and the layered folders are told apart
        // from the rest of main (folders the layer table does not place).
        { type: 'shell', pattern: 'src/main/shell', partialMatch: false },
        ...layerElements,
        { type: 'main', pattern: 'src/main', partialMatch: false },
        { type: 'preload', pattern: 'src/preload', partialMatch: false },
        { type: 'renderer', pattern: 'src/renderer', partialMatch: false },
        { type: 'shared', pattern: 'src/shared', partialMatch: false },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          policies: [
            {
              from: { element: { type: 'shared' } },
              disallow: {
                to: { element: { types: { anyOf: ['shell', ...coreTypes, 'preload', 'renderer'] } } },
              },
              message: 'src/shared imports only from src/shared.',
            },
            {
              from: { element: { type: 'renderer' } },
              disallow: { to: { element: { types: { anyOf: ['shell', ...coreTypes] } } } },
              message: 'The renderer never imports from src/main.',
            },
            {
              // The renderer may share the pure api shape with the preload, never the preload script itself.
              from: { element: { type: 'renderer' } },
              disallow: {
                to: { element: { type: 'preload', fileInternalPath: '!{api-types,build-api}.ts' } },
              },
              message: 'From src/preload the renderer imports only api-types and build-api.',
            },
            {
              from: { element: { types: { anyOf: [...coreTypes, 'shell'] } } },
              disallow: { to: { element: { type: 'renderer' } } },
              message: 'The main process never imports from src/renderer.',
            },
            {
              from: { element: { types: { anyOf: coreTypes } } },
              disallow: { to: { element: { types: { anyOf: ['shell', 'preload'] } } } },
              message: 'The core of src/main does not depend on the Electron shell or the preload.',
            },
            {
              from: { element: { type: 'preload' } },
              disallow: { to: { element: { types: { anyOf: ['shell', ...coreTypes, 'renderer'] } } } },
              message: 'The preload imports only from src/shared and src/preload.',
            },
            ...layerPolicies,
          ],
        },
      ],
    },
  },

  // Which folders may import electron or Node built-ins.
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    ignores: testFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        restrictImports({
          electron: 'src/shared is pure TypeScript: no electron.',
          node: 'src/shared is pure TypeScript: no Node modules.',
        }),
      ],
      'no-restricted-globals': ['error', ...impureGlobals],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: testFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        restrictImports({
          electron: 'The renderer reaches main only through window.api.',
          node: 'The renderer runs sandboxed: no Node modules.',
        }),
      ],
      // A chosen option clicked again must not clear a required choice (issue 11:
      // an appendix lost its party). The theme turns deselecting off for every
      // Select; an optional choice is cleared with `clearable`, never this way.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='allowDeselect'][value=null]",
          message: 'Selects never deselect (theme.ts); use `clearable` for an optional choice.',
        },
        {
          selector: "JSXAttribute[name.name='allowDeselect'] > JSXExpressionContainer > :not(Literal[value=false])",
          message: 'Selects never deselect (theme.ts); use `clearable` for an optional choice.',
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/shell/**', ...testFiles],
    rules: {
      'no-restricted-imports': [
        'error',
        restrictImports({
          electron: 'Only src/main/shell imports electron; the rest of main runs in plain Node.',
        }),
      ],
    },
  },
  {
    files: ['src/main/shell/**/*.ts'],
    ignores: testFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['shell'],
              message: 'The app never opens anything outside itself (no shell.openExternal).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    ignores: testFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        // The preload runs sandboxed: only `electron` can be required at run time.
        restrictImports({ node: 'The preload runs sandboxed: no Node modules.' }),
      ],
    },
  },
  {
    files: ['src/preload/api-types.ts', 'src/preload/build-api.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        restrictImports({
          electron: 'Shared with the renderer: no electron.',
          node: 'Shared with the renderer: no Node modules.',
        }),
      ],
    },
  },
);
