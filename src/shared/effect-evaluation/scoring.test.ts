// Scoring with reverse items, and the answer sheets that are refused.
import { describe, expect, test } from 'vitest';
import { exampleInstrument } from './example-instrument';
import { answerProblems, itemScore, scaleScore } from './scoring';

const [total, support] = exampleInstrument.scales as [
  (typeof exampleInstrument.scales)[0],
  (typeof exampleInstrument.scales)[0],
];

describe('scoring', () => {
  test('a reverse item counts from the other end of its scale', () => {
    const lonely = exampleInstrument.items[3]!;
    expect(lonely.reverse).toBe(true);
    expect([1, 2, 3, 4, 5].map((v) => itemScore(lonely, v))).toEqual([5, 4, 3, 2, 1]);
    expect(itemScore(exampleInstrument.items[0]!, 2)).toBe(2);
  });

  test('the total by hand: 4 + 5 + 3 + (6 − 2) + 4 + (6 − 5) = 21', () => {
    expect(scaleScore(exampleInstrument, total, [4, 5, 3, 2, 4, 5])).toBe(21);
    // Everything at the best end: 5s on straight items, 1s on reverse ones.
    expect(scaleScore(exampleInstrument, total, [5, 5, 5, 1, 5, 1])).toBe(30);
  });

  test('a mean subscale is taken over the answered items; a sum needs them all', () => {
    expect(scaleScore(exampleInstrument, support, [4, 5, 1, 1, 1, 1])).toBe(4.5);
    expect(scaleScore(exampleInstrument, support, [4, null, 1, 1, 1, 1])).toBe(4);
    expect(scaleScore(exampleInstrument, support, [null, null, 1, 1, 1, 1])).toBeNull();
    expect(scaleScore(exampleInstrument, total, [4, null, 1, 1, 1, 1])).toBeNull();
  });

  test('answers outside the scale and missing required items are refused', () => {
    expect(answerProblems(exampleInstrument, [4, 5, 3, 2, 4, 5])).toEqual({});
    expect(answerProblems(exampleInstrument, [0, 6, 2.5, 2, 4, 5])).toEqual({
      'values.0': 'effect.outOfScale',
      'values.1': 'effect.outOfScale',
      'values.2': 'effect.outOfScale',
    });
    expect(answerProblems(exampleInstrument, [4, null, 3, 2, 4, 5])).toEqual({
      'values.1': 'effect.itemRequired',
    });
    expect(answerProblems(exampleInstrument, [4, 5])).toEqual({ values: 'effect.itemCount' });
    const optional = {
      ...exampleInstrument,
      items: exampleInstrument.items.map((it) => ({ ...it, required: false })),
    };
    expect(answerProblems(optional, [4, null, 3, 2, 4, 5])).toEqual({});
  });
});
