// A newcomer on an older Node: every entry point that runs on the machine's
// Node stops with a Swedish and English message before the SQLite driver
// loads, and package.json, .npmrc and .ci/run name the same version.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeSupported, nodeVersionMessage, requiredNodeText } from './node-version';

const read = (path: string) => readFileSync(join(process.cwd(), path), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  engines: { node: string };
  scripts: Record<string, string>;
};

describe('the Node version check', () => {
  it('accepts 22.13 and later and refuses older versions', () => {
    expect(['22.13.0', 'v22.13.1', '22.20.0', '24.0.0', '25.1.0'].map(nodeSupported)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['20.20.2', 'v22.12.0', '22.0.0', '18.19.1'].map(nodeSupported)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('names the version found, the version needed and how to get it, in Swedish and English', () => {
    const text = nodeVersionMessage('v20.20.2');
    expect(text).toContain(
      'IOP Desk behöver Node.js 22.13 eller senare, men den här datorn har Node.js 20.20.2.',
    );
    expect(text).toContain('IOP Desk needs Node.js 22.13 or later, but this machine has Node.js 20.20.2.');
    expect(text).toContain('https://nodejs.org');
    expect(text).toContain('nvm install 24');
  });

  it('is the version package.json, .npmrc and .ci/run ask for', () => {
    expect(pkg.engines.node).toBe(`>=${requiredNodeText}.0`);
    expect(read('.npmrc')).toMatch(/^engine-strict=true$/m);
    expect(read('.ci/run')).toContain(`a>22||(a===22&&b>=${requiredNodeText.split('.')[1]})`);
  });

  it('is the first import of every entry point the npm scripts run on the machine Node', () => {
    // The test runners load it as their global setup, before any test file.
    for (const config of ['vitest.config.ts', 'vitest.e2e.config.ts'])
      expect(read(config), config).toContain("globalSetup: ['./src/main/base/require-node.ts']");
    const entries = new Set<string>();
    for (const script of Object.values(pkg.scripts)) {
      for (const m of script.matchAll(/\btsx (\S+\.ts)/g)) entries.add(m[1]!);
    }
    expect(entries).toContain('src/main/cli/index.ts');
    expect(entries).toContain('scripts/preview.ts');
    expect(entries).toContain('bench/all.ts');
    for (const entry of entries) {
      if (entry === 'src/main/base/require-node.ts') continue;
      const firstImport = read(entry)
        .split('\n')
        .find((line) => line.startsWith('import '));
      expect(firstImport, entry).toMatch(/^import '[./a-z]*\/base\/require-node';/);
    }
    // The scripts that build first check before the (slow) build.
    for (const name of ['preview', 'test:e2e', 'bench:renderer', 'pretest']) {
      expect(pkg.scripts[name], name).toMatch(/^tsx src\/main\/base\/require-node\.ts/);
    }
  });

  it('stops the CLI on an older Node with the message and exit code 1, before the driver loads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iop-node-'));
    try {
      const fake = join(dir, 'old-node.mjs');
      writeFileSync(fake, "Object.defineProperty(process.versions, 'node', { value: '20.20.2' });\n");
      const run = spawnSync(
        process.execPath,
        ['--import', fake, '--import', 'tsx', 'src/main/cli/index.ts', 'seed', '--help'],
        { encoding: 'utf8', timeout: 60_000 },
      );
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(nodeVersionMessage('20.20.2'));
      expect(run.stdout).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
