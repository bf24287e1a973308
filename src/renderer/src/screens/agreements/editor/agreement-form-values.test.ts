import { describe, expect, test } from 'vitest';
import { malmoRegionRedCross, stockholmBris } from '../../../../../../test/support/agreements/fixtures';
import { newKey, sumTyped, toData, toFormValues } from './agreement-form-values';

describe('editor values', () => {
  test('amounts become the text a person reads, and back to the same öre', () => {
    const data = stockholmBris();
    const values = toFormValues(data);
    expect(values.economy.years[0]!.amount.replace(/\u00a0/g, ' ')).toBe('711 833');
    expect(values.economy.extraIncome.perChildAmount.replace(/\u00a0/g, ' ')).toBe('5 000');
    expect(toData(values)).toEqual({ ok: true, data });
  });

  test('no fee per child is a blank field, and a blank field is no fee', () => {
    const data = malmoRegionRedCross();
    expect(data.economy.extraIncome.perChildAmount).toBe(0);
    const values = toFormValues(data);
    expect(values.economy.extraIncome.perChildAmount).toBe('');
    expect(toData(values)).toEqual({ ok: true, data });
    values.economy.extraIncome.perChildAmount = '  ';
    expect(toData(values)).toEqual({ ok: true, data });
  });

  test('a fee per child set by the template can be left blank: blank is no fee (issue 11)', () => {
    const values = toFormValues(stockholmBris());
    expect(values.economy.extraIncome.perChildAmount).not.toBe('');
    values.economy.extraIncome.perChildAmount = '';
    const result = toData(values);
    expect(result.ok && result.data.economy.extraIncome.perChildAmount).toBe(0);
    expect(result.ok && toFormValues(result.data).economy.extraIncome.perChildAmount).toBe('');
  });

  test('what a person types is read: spaces, decimals with comma', () => {
    const values = toFormValues(malmoRegionRedCross());
    values.economy.years[0]!.funding[2]!.amount = '270 000,50';
    const result = toData(values);
    expect(result.ok && result.data.economy.years[0]!.funding[2]!.amount).toBe(27_000_050);
  });

  test('an amount that cannot be read is reported on its field; nothing else is lost', () => {
    const values = toFormValues(stockholmBris());
    values.economy.years[1]!.lines[2]!.amount = '15 000 kronor';
    values.economy.years[0]!.amount = '-5';
    expect(toData(values)).toEqual({
      ok: false,
      fields: {
        'economy.years.0.amount': 'money.negative',
        'economy.years.1.lines.2.amount': 'money.format',
      },
    });
    expect(values.economy.years[1]!.lines[2]!.amount).toBe('15 000 kronor');
  });

  test('live sums skip what cannot be read yet', () => {
    expect(sumTyped(['678 833', '8 000', 'x', '15 000', '10 000'])).toBe(71_183_300);
    expect(sumTyped([])).toBe(0);
  });

  test('new keys never repeat', () => {
    expect(newKey('body', ['cooperation'])).toBe('body-2');
    expect(newKey('body', ['body-2', 'x'])).toBe('body-3');
  });
});
