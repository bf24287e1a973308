import { describe, expect, test } from 'vitest';
import { luhnCheckDigit, luhnValid } from './luhn';

describe('luhnValid', () => {
  test.each(['2321000255', '8020028711', '1212121212', '50501055', '0'])('accepts %s', (digits) => {
    expect(luhnValid(digits)).toBe(true);
  });

  test.each(['2321000256', '8020028712', '1212121213', '50501056', '1'])(
    'rejects a wrong check digit in %s',
    (digits) => {
      expect(luhnValid(digits)).toBe(false);
    },
  );

  test.each(['', ' 8020028711', '802002-8711', '80200287l1', '８０２００２８７１１'])(
    'rejects non-digits %j',
    (text) => {
      expect(luhnValid(text)).toBe(false);
    },
  );

  test('doubles every second digit from the right and subtracts 9 from results above 9', () => {
    // 9·2 = 18 → 9, plus 1 = 10.
    expect(luhnValid('91')).toBe(true);
    // 1·2 = 2, plus 9 = 11.
    expect(luhnValid('19')).toBe(false);
    // 5·2 = 10 → 1, plus 9 = 10.
    expect(luhnValid('59')).toBe(true);
  });
});

describe('luhnCheckDigit', () => {
  test.each([
    ['232100025', 5],
    ['212000112', 4],
    ['802002871', 1],
    ['802003195', 4],
    ['900122', 3],
  ])('of %s is %i', (body, digit) => {
    expect(luhnCheckDigit(body)).toBe(digit);
  });
});
