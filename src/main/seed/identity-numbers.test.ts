import { describe, expect, test } from 'vitest';
import { parseIdentityNumber } from '../../shared/identity/personal-identity-number';
import { TestNumberAllocator } from './identity-numbers';

describe('test-number allocator', () => {
  test('gives valid, unique numbers in the 980–999 series, even for girls and odd for boys', () => {
    const allocator = new TestNumberAllocator();
    const seen = new Set<string>();
    for (let i = 0; i < 30; i++) {
      const odd = i % 2 === 0;
      const number = allocator.allocate('2014-05-10', 'personnummer', odd)!;
      expect(seen.has(number.value)).toBe(false);
      seen.add(number.value);
      const serial = Number(number.value.slice(9, 12));
      expect(serial).toBeGreaterThanOrEqual(980);
      expect(serial % 2 === 1).toBe(odd);
      expect(parseIdentityNumber(number.value, '2026-03-02')).toMatchObject({
        ok: true,
        value: { birthDate: number.birthDate },
      });
    }
    // Ten numbers of each parity per day: the eleventh boy moves to a nearby date.
    expect([...seen].filter((v) => v.startsWith('20140510')).length).toBe(20);
  });

  test('samordningsnummer have their own series, with day + 60', () => {
    const allocator = new TestNumberAllocator();
    const number = allocator.allocate('2014-05-10', 'samordningsnummer', null)!;
    expect(number.value).toMatch(/^20140570-98\d\d$/);
    expect(parseIdentityNumber(number.value, '2026-03-02')).toMatchObject({
      ok: true,
      value: { kind: 'samordningsnummer' },
    });
  });

  test('numbers already in the database are not handed out again', () => {
    const first = new TestNumberAllocator().allocate('2014-05-10', 'personnummer', null)!;
    const allocator = new TestNumberAllocator();
    allocator.reserve([first.value]);
    expect(allocator.allocate('2014-05-10', 'personnummer', null)!.value).not.toBe(first.value);
  });
});
