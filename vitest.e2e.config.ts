import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // First of all: an older Node stops with a clear message before any test loads the SQLite driver.
    globalSetup: ['./src/main/base/require-node.ts'],
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
