import { describe, expect, test } from 'vitest';
import { formatMoney, kronor, parseMoney, splitAmount, sumOre } from './money';

// Tests read grouping spaces as plain spaces, whichever space the formatter chooses.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  test('whole kronor grouped in threes, "kr" after', () => {
    expect(plain(formatMoney(kronor(711_833)))).toBe('711 833 kr');
    expect(plain(formatMoney(kronor(1_070_000)))).toBe('1 070 000 kr');
    expect(plain(formatMoney(kronor(5_000)))).toBe('5 000 kr');
    expect(plain(formatMoney(0))).toBe('0 kr');
  });

  test('öre only when there are any; grouping never breaks a line', () => {
    expect(plain(formatMoney(1250))).toBe('12,50 kr');
    expect(plain(formatMoney(17_795_825))).toBe('177 958,25 kr');
    expect(formatMoney(kronor(711_833))).not.toMatch(/ /);
  });

  test('negative amounts get a minus sign; without unit on request', () => {
    expect(plain(formatMoney(-kronor(500)))).toBe('−500 kr');
    expect(plain(formatMoney(kronor(400_000), { unit: false }))).toBe('400 000');
  });

  test('refuses fractions of an öre', () => {
    expect(() => formatMoney(1.5)).toThrow();
  });
});

describe('parseMoney', () => {
  test('reads what people type', () => {
    expect(parseMoney('711 833')).toEqual({ ok: true, value: 71_183_300 });
    expect(parseMoney('711\u00a0833 kr')).toEqual({ ok: true, value: 71_183_300 });
    expect(parseMoney('12,5')).toEqual({ ok: true, value: 1250 });
    expect(parseMoney('12.05')).toEqual({ ok: true, value: 1205 });
    expect(parseMoney('5000:-')).toEqual({ ok: true, value: 500_000 });
  });

  test('refuses negatives, three decimals and words', () => {
    expect(parseMoney('-5')).toEqual({ ok: false, problem: 'money.negative' });
    expect(parseMoney('1,234')).toEqual({ ok: false, problem: 'money.format' });
    expect(parseMoney('femtusen')).toEqual({ ok: false, problem: 'money.format' });
    expect(parseMoney('')).toEqual({ ok: false, problem: 'money.format' });
  });
});

describe('splitAmount', () => {
  test('711 833 kr in four quarters: whole kronor, remainder on the earliest', () => {
    expect(splitAmount(kronor(711_833), 4)).toEqual([
      kronor(177_959),
      kronor(177_958),
      kronor(177_958),
      kronor(177_958),
    ]);
  });

  test('the parts always add up to the total', () => {
    for (const [total, parts] of [
      [kronor(1_070_000), 3],
      [kronor(10), 3],
      [101, 2],
      [kronor(400_000), 4],
    ] as const) {
      const split = splitAmount(total, parts);
      expect(split).toHaveLength(parts);
      expect(sumOre(split)).toBe(total);
    }
  });

  test('an amount with öre is split in öre', () => {
    expect(splitAmount(101, 2)).toEqual([51, 50]);
  });
});
