import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// Main and preload are bundled in full (no externalised node_modules for the
// preload), so the preload runs in a sandboxed renderer with `sandbox: true`.
export default defineConfig({
  main: {
    build: {
      externalizeDeps: { exclude: ['kysely', 'zod'] },
      rollupOptions: { input: { index: resolve('src/main/shell/index.ts') } },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    build: { rollupOptions: { input: { index: resolve('src/renderer/index.html') } } },
    plugins: [react()],
    // No test hooks in the app (src/renderer/src/data/test-hooks.ts).
    define: { __IOP_TEST_HOOKS__: 'false' },
  },
});
