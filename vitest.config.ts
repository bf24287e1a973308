import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // First of all: an older Node stops with a clear message before any test loads the SQLite driver.
    globalSetup: ['./src/main/base/require-node.ts'],
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/system/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
