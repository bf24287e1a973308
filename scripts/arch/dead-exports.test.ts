import { describe, expect, it } from 'vitest';
import { deadCodeFromKnipJson } from './dead-exports';

describe('deadCodeFromKnipJson', () => {
  it('flattens unused files, exports, types and duplicates, leaving dependency findings to knip', () => {
    const json = {
      issues: [
        {
          file: 'src/shared/b.ts',
          exports: [{ name: 'isLive', line: 42, col: 14, pos: 1 }],
          types: [{ name: 'Meeting', line: 3, col: 13, pos: 2 }],
          duplicates: [
            [
              { name: 'a', line: 5 },
              { name: 'default', line: 9 },
            ],
          ],
          unlisted: [{ name: 'fflate', line: 5 }],
        },
        { file: 'src/a.ts', files: [{ name: 'src/a.ts' }], exports: [] },
      ],
    };
    expect(deadCodeFromKnipJson(json)).toEqual([
      { file: 'src/a.ts', name: '(whole file)', kind: 'files', line: undefined },
      { file: 'src/shared/b.ts', name: 'Meeting', kind: 'types', line: 3 },
      { file: 'src/shared/b.ts', name: 'a = default', kind: 'duplicates', line: 5 },
      { file: 'src/shared/b.ts', name: 'isLive', kind: 'exports', line: 42 },
    ]);
  });

  it('refuses output it does not understand', () => {
    expect(() => deadCodeFromKnipJson({ files: [] })).toThrow(/no issues array/);
    expect(() => deadCodeFromKnipJson(null)).toThrow(/no issues array/);
  });
});
