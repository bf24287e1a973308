import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Builds only the renderer, for the Chromium preview and the end-to-end suite
// (the Electron binary is not needed for either). Same output as electron-vite.
export default defineConfig({
  root: resolve('src/renderer'),
  base: './',
  plugins: [react()],
  // The cache probe for e2e tests (src/renderer/src/data/test-hooks.ts); the app's build defines it false.
  define: { __IOP_TEST_HOOKS__: 'true' },
  build: {
    outDir: resolve('out/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
