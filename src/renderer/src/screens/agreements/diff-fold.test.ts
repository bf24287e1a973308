import { describe, expect, it } from 'vitest';
import { foldUnchanged } from './diff-fold';

const same = (text: string) => ({ op: 'same' as const, text });

describe('folding unchanged lines', () => {
  it('keeps the changes with one line around them and counts the rest', () => {
    const lines = [
      same('a'),
      same('b'),
      same('c'),
      same('d'),
      { op: 'added' as const, text: 'e' },
      same('f'),
      same('g'),
    ];
    expect(foldUnchanged(lines, 1)).toEqual([
      { op: 'folded', count: 3 },
      same('d'),
      { op: 'added', text: 'e' },
      same('f'),
      { op: 'folded', count: 1 },
    ]);
  });
});
