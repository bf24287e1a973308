import { describe, expect, it } from 'vitest';
import { lineCountOf, parseSource, resolveRelative } from './imports';

describe('parseSource', () => {
  it('finds static, type-only, re-exported and dynamic imports', () => {
    const { imports } = parseSource(
      '/r/src/main/x.ts',
      [
        "import { a } from './a';",
        "import type { B } from '../b';",
        "import { type C, type D } from './c';",
        "import { type E, f } from './e';",
        "import * as ns from './ns';",
        "import './side-effect';",
        "export { g } from './g';",
        "export type { H } from './h';",
        "export * from './star';",
        "import kysely from 'kysely';",
        "export async function load() { return import('./lazy'); }",
        "export type T = typeof import('./typed').thing;",
        'export const used = [a, ns, f, kysely];',
      ].join('\n'),
    );
    expect(imports.map((edge) => [edge.specifier, edge.kind, edge.typeOnly, edge.line])).toEqual([
      ['./a', 'import', false, 1],
      ['../b', 'import', true, 2],
      ['./c', 'import', true, 3],
      ['./e', 'import', false, 4],
      ['./ns', 'import', false, 5],
      ['./side-effect', 'import', false, 6],
      ['./g', 're-export', false, 7],
      ['./h', 're-export', true, 8],
      ['./star', 're-export', false, 9],
      ['kysely', 'import', false, 10],
      ['./lazy', 'dynamic', false, 11],
      ['./typed', 'type-query', true, 12],
    ]);
  });

  it('finds Kysely statements and sql templates, not look-alikes in strings or comments', () => {
    const { sqlCalls } = parseSource(
      '/r/src/main/x-service.ts',
      [
        'export function q(db: Db) {',
        "  const rows = db.selectFrom('child').where('id', '=', sql<number>`1`).execute();",
        "  db.insertInto('t').values({}).execute(); // .deleteFrom( in a comment",
        "  const text = '.updateTable(';",
        "  return trx.updateTable('t').set({}).execute(), db.deleteFrom('t'), db.replaceInto('t');",
        '}',
      ].join('\n'),
    );
    expect(sqlCalls.map((call) => `${call.line} ${call.what}`)).toEqual([
      '2 .selectFrom(',
      '2 sql`',
      '3 .insertInto(',
      '5 .updateTable(',
      '5 .deleteFrom(',
      '5 .replaceInto(',
    ]);
  });

  it('parses TSX', () => {
    const { imports } = parseSource(
      '/r/src/renderer/src/x.tsx',
      "import { y } from './y';\nexport const X = () => <div>{y}</div>;\n",
    );
    expect(imports.map((edge) => edge.specifier)).toEqual(['./y']);
  });
});

describe('lineCountOf', () => {
  it('counts lines as wc -l does for files ending in a newline', () => {
    expect(lineCountOf('')).toBe(0);
    expect(lineCountOf('a\n')).toBe(1);
    expect(lineCountOf('a\nb')).toBe(2);
    expect(lineCountOf('a\r\nb\r\n')).toBe(2);
  });
});

describe('resolveRelative', () => {
  const files = new Set([
    '/r/src/a.ts',
    '/r/src/b.tsx',
    '/r/src/dir/index.ts',
    '/r/src/types.d.ts',
    '/r/src/c.ts',
  ]);
  const exists = (path: string) => files.has(path.replace(/\\/g, '/').replace(/^[A-Z]:/, ''));
  const from = '/r/src/main/x.ts';

  it('resolves as a bundler does', () => {
    expect(resolveRelative(from, '../a', exists)).toBe('/r/src/a.ts');
    expect(resolveRelative(from, '../b', exists)).toBe('/r/src/b.tsx');
    expect(resolveRelative(from, '../dir', exists)).toBe('/r/src/dir/index.ts');
    expect(resolveRelative(from, '../types', exists)).toBe('/r/src/types.d.ts');
    expect(resolveRelative(from, '../c.js', exists)).toBe('/r/src/c.ts');
  });

  it('leaves packages and missing files unresolved', () => {
    expect(resolveRelative(from, 'kysely', exists)).toBeNull();
    expect(resolveRelative(from, './missing', exists)).toBeNull();
  });
});
