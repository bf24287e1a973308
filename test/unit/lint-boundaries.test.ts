// Proves the layering in eslint.config.js bites: each case lints a small
// piece of code as if it lived at the given path in the repository.
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
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

function firstSourceFile(dir: string): string {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
      return join(entry.parentPath, entry.name);
    }
  }
  throw new Error(`No renderer source file under ${dir} to import from`);
}
