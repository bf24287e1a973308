// Proves the layering in eslint.config.js bites: each case lints a small
// piece of code as if it lived at the given path in the repository.
import { readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  if (!result) throw new Error('ESLint returned no result');
  return result.messages.map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`);
}

/** Lint problems that are about layering (not style), so a case fails for the right reason. */
async function layeringProblems(filePath: string, code: string): Promise<string[]> {
  const all = await problems(filePath, code);
  const fatal = all.filter((p) => p.startsWith('fatal'));
  if (fatal.length > 0) throw new Error(`Parsing failed: ${fatal.join('; ')}`);
  return all.filter((p) => /^(boundaries\/|no-restricted-(imports|globals))/.test(p));
}

const use = (name: string) => `\nexport const probe = ${name};\n`;

describe('layering lint', () => {
  it('refuses a renderer file importing from src/main, however deep it sits', async () => {
    expect(
      await layeringProblems(
        'src/renderer/src/probe.ts',
        `import { systemClock } from '../../main/base/clock';${use('systemClock')}`,
      ),
    ).toEqual([expect.stringMatching(/^boundaries\/dependencies: .*src\/main/)]);
    expect(
      await layeringProblems(
        'src/renderer/src/features/organisations/probe.tsx',
        `import { systemClock } from '../../../../main/base/clock';${use('systemClock')}`,
      ),
    ).toEqual([expect.stringMatching(/^boundaries\/dependencies/)]);
    expect(
      await layeringProblems(
        'src/renderer/src/probe.ts',
        `import type { Installation } from '../../main/installation/installation';\nexport type Probe = Installation;\n`,
      ),
    ).toEqual([expect.stringMatching(/^boundaries\/dependencies/)]);
  });

  it('refuses electron and Node built-ins in the renderer, but allows shared code and the api shape', async () => {
    expect(
      await layeringProblems(
        'src/renderer/src/probe.ts',
        `import { ipcRenderer } from 'electron';${use('ipcRenderer')}`,
      ),
    ).toEqual([expect.stringMatching(/^no-restricted-imports/)]);
    expect(
      await layeringProblems(
        'src/renderer/src/probe.ts',
        `import { readFile } from 'node:fs/promises';${use('readFile')}`,
      ),
    ).toEqual([expect.stringMatching(/^no-restricted-imports/)]);
    expect(
      await layeringProblems(
        'src/renderer/src/probe.ts',
        `import { apiKey } from '../../preload/api-types';\nimport { buildApi } from '../../preload/build-api';\nimport { ok } from '../../shared/envelope';${use('[apiKey, buildApi, ok]')}`,
      ),
    ).toEqual([]);
    expect(
      await layeringProblems(
        'src/renderer/src/probe.ts',
        `import * as preload from '../../preload/index';${use('preload')}`,
      ),
    ).toEqual([expect.stringMatching(/^boundaries\/dependencies/)]);
  });

  it('keeps src/shared pure: no Node built-ins, no electron, no DOM or Node globals, no other layer', async () => {
    for (const source of ['node:fs', 'fs', 'fs/promises', 'crypto', 'path', 'electron']) {
      expect(
        await layeringProblems('src/shared/probe.ts', `import * as m from '${source}';${use('m')}`),
        source,
      ).toEqual([expect.stringMatching(/^no-restricted-imports/)]);
    }
    for (const global of ['window', 'document', 'localStorage', 'process', 'Buffer']) {
      expect(await layeringProblems('src/shared/probe.ts', use(global)), global).toEqual([
        expect.stringMatching(/^no-restricted-globals/),
      ]);
    }
    expect(
      await layeringProblems(
        'src/shared/probe.ts',
        `import { systemClock } from '../main/base/clock';${use('systemClock')}`,
      ),
    ).toEqual([expect.stringMatching(/^boundaries\/dependencies/)]);
    expect(
      await layeringProblems(
        'src/shared/identity/probe.ts',
        `import { z } from 'zod';\nimport { luhnValid } from './luhn';${use('[z, luhnValid]')}`,
      ),
    ).toEqual([]);
  });

  it('lets only src/main/shell import electron, and keeps the core independent of the shell', async () => {
    const electronImport = `import { app } from 'electron';${use('app')}`;
    expect(await layeringProblems('src/main/app/probe.ts', electronImport)).toEqual([
      expect.stringMatching(/^no-restricted-imports/),
    ]);
    expect(await layeringProblems('src/main/shell/probe.ts', electronImport)).toEqual([]);
    expect(
      await layeringProblems('src/main/shell/probe.ts', `import { shell } from 'electron';${use('shell')}`),
    ).toEqual([expect.stringMatching(/^no-restricted-imports: .*openExternal/)]);
    expect(await layeringProblems('src/preload/probe.ts', electronImport)).toEqual([]);
    expect(
      await layeringProblems(
        'src/main/app/probe.ts',
        `import * as shell from '../shell/index';${use('shell')}`,
      ),
    ).toEqual([expect.stringMatching(/^boundaries\/dependencies/)]);
    expect(
      await layeringProblems(
        'src/main/app/probe.ts',
        `import { readFile } from 'node:fs/promises';${use('readFile')}`,
      ),
    ).toEqual([]);
  });

  it('refuses a main file importing from src/renderer', async () => {
    const rendererFile = firstSourceFile(join(root, 'src/renderer'));
    const target = relative(join(root, 'src/main/app'), rendererFile)
      .replace(/\\/g, '/')
      .replace(/\.tsx?$/, '');
    expect(
      await layeringProblems('src/main/app/probe.ts', `import * as ui from '${target}';${use('ui')}`),
    ).toEqual([expect.stringMatching(/^boundaries\/dependencies/)]);
  });

  // The layers inside src/main (scripts/arch/layers.mjs). Each probe imports a
  // real file of the target folder, found at run time, so the probes hold in
  // today's tree and in the layout issue 9 moves to.
  const importOf = (probe: string, folder: string, name = 'm') => {
    const target = relative(dirname(join(root, probe)), firstSourceFile(join(root, folder)))
      .replace(/\\/g, '/')
      .replace(/\.tsx?$/, '');
    return `import * as ${name} from '${target.startsWith('.') ? target : `./${target}`}';${use(name)}`;
  };
  const below =
    /^boundaries\/dependencies: src\/main\/\S+ \(.+\) imports only its own layer and those below it/;

  it('refuses a domain importing app/, installation/, cli/, seed/ or the shell', async () => {
    for (const [probe, folder] of [
      ['src/main/reports/probe.ts', 'src/main/app'],
      ['src/main/children/probe.ts', 'src/main/installation'],
      ['src/main/support-groups/probe.ts', 'src/main/cli'],
      ['src/main/agreements/probe.ts', 'src/main/seed'],
      ['src/main/users/probe.ts', 'src/main/shell'],
    ] as const) {
      expect(await layeringProblems(probe, importOf(probe, folder)), `${probe} → ${folder}`).toEqual([
        expect.stringMatching(/^boundaries\/dependencies: /),
      ]);
    }
    expect(
      await layeringProblems(
        'src/main/reports/probe.ts',
        importOf('src/main/reports/probe.ts', 'src/main/app'),
      ),
    ).toEqual([expect.stringMatching(below)]);
  });

  it('refuses every layer importing one above it, down to base/, which imports nothing in src/main', async () => {
    for (const [probe, folder] of [
      ['src/main/seed/probe.ts', 'src/main/app'],
      ['src/main/ipc/probe.ts', 'src/main/app'],
      ['src/main/installation/probe.ts', 'src/main/seed'],
      ['src/main/context/probe.ts', 'src/main/users'],
      ['src/main/db/probe.ts', 'src/main/agreements'],
      ['src/main/keyring/probe.ts', 'src/main/db'],
      ['src/main/files/probe.ts', 'src/main/db'],
      ['src/main/base/probe.ts', 'src/main/keyring'],
      ['src/main/base/probe.ts', 'src/main/security'],
      ['src/main/base/probe.ts', 'src/main/files'],
    ] as const) {
      expect(await layeringProblems(probe, importOf(probe, folder)), `${probe} → ${folder}`).toEqual([
        expect.stringMatching(below),
      ]);
    }
  });

  it('lets each layer import the layers below it, and the CLI build the app', async () => {
    for (const [probe, folder] of [
      ['src/main/shell/probe.ts', 'src/main/app'],
      ['src/main/shell/probe.ts', 'src/main/security'],
      ['src/main/cli/probe.ts', 'src/main/app'],
      ['src/main/cli/probe.ts', 'src/main/seed'],
      ['src/main/seed/probe.ts', 'src/main/agreements'],
      ['src/main/ipc/handlers/probe.ts', 'src/main/agreements'],
      ['src/main/ipc/handlers/probe.ts', 'src/main/installation'],
      ['src/main/installation/probe.ts', 'src/main/users'],
      ['src/main/documents/probe.ts', 'src/main/agreements'],
      ['src/main/agreements/probe.ts', 'src/main/db'],
      ['src/main/context/probe.ts', 'src/main/db'],
      ['src/main/db/probe.ts', 'src/main/keyring'],
    ] as const) {
      expect(await layeringProblems(probe, importOf(probe, folder)), `${probe} → ${folder}`).toEqual([]);
    }
  });

  it('lets only ipc/ and the composition root import ipc/', async () => {
    for (const probe of [
      'src/main/shell/probe.ts',
      'src/main/cli/probe.ts',
      'src/main/seed/probe.ts',
      'src/main/installation/probe.ts',
      'src/main/users/probe.ts',
      'src/main/db/probe.ts',
    ]) {
      expect(await layeringProblems(probe, importOf(probe, 'src/main/ipc')), probe).toEqual([
        expect.stringMatching(
          /^boundaries\/dependencies: Only src\/main\/ipc and src\/main\/app import src\/main\/ipc/,
        ),
      ]);
    }
    for (const probe of ['src/main/ipc/handlers/probe.ts', 'src/main/app/probe.ts']) {
      expect(await layeringProblems(probe, importOf(probe, 'src/main/ipc')), probe).toEqual([]);
    }
  });

  it('refuses agreements/ importing documents/', async () => {
    const probe = 'src/main/agreements/probe.ts';
    expect(await layeringProblems(probe, importOf(probe, 'src/main/documents'))).toEqual([
      expect.stringMatching(/^boundaries\/dependencies: .*never imports src\/main\/documents/),
    ]);
  });

  it('refuses src/main, the shell included, importing the preload', async () => {
    for (const probe of ['src/main/shell/probe.ts', 'src/main/app/probe.ts', 'src/main/base/probe.ts']) {
      expect(await layeringProblems(probe, importOf(probe, 'src/preload')), probe).toEqual([
        expect.stringMatching(/^boundaries\/dependencies: /),
      ]);
    }
  });

  it('lets tests import anything', async () => {
    expect(
      await layeringProblems(
        'src/shared/probe.test.ts',
        `import { readFileSync } from 'node:fs';\nimport { app } from 'electron';${use('[readFileSync, app]')}`,
      ),
    ).toEqual([]);
    expect(
      await layeringProblems('src/main/app/probe.test.ts', `import { app } from 'electron';${use('app')}`),
    ).toEqual([]);
  });
});

/** The first non-test source file under `dir`, in a stable order. */
function firstSourceFile(dir: string): string {
  const entries = readdirSync(dir, { withFileTypes: true, recursive: true }).sort((a, b) =>
    join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)),
  );
  for (const entry of entries) {
    if (entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
      return join(entry.parentPath, entry.name);
    }
  }
  throw new Error(`No source file under ${dir} to import from`);
}
