import { describe, expect, test } from 'vitest';
import { fileSize } from './file-size';

describe('fileSize', () => {
  test('Swedish: decimal comma, a space before the unit', () => {
    expect(fileSize(850)).toBe('850 byte');
    expect(fileSize(12 * 1024)).toBe('12 kB');
    expect(fileSize(1.4 * 1024 * 1024)).toBe('1,4 MB');
    expect(fileSize(25 * 1024 * 1024)).toBe('25 MB');
    expect(fileSize(2_500)).toBe('2,4 kB');
  });

  test('English: decimal point', () => {
    expect(fileSize(1.4 * 1024 * 1024, 'en')).toBe('1.4 MB');
    expect(fileSize(3, 'en')).toBe('3 bytes');
  });
});
