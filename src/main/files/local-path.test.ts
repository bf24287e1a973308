import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { isLocalAbsolutePath, isUsableLocalFolder } from './local-path';

const dir = mkdtempSync(join(tmpdir(), 'iop-local-path-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('isLocalAbsolutePath', () => {
  test.each(['/home/anna/Dokument', 'C:\\Users\\anna\\Dokument'])('accepts %j where absolute', (p) => {
    // C:\ is absolute only on Windows; on POSIX it is relative and refused.
    expect(isLocalAbsolutePath(p)).toBe(process.platform === 'win32' || p.startsWith('/'));
  });
  test.each(['\\\\server\\share', '//server/share/dir', 'relative/dir', '/tmp/a\0b'])('refuses %j', (p) => {
    expect(isLocalAbsolutePath(p)).toBe(false);
  });
});

describe('isUsableLocalFolder', () => {
  test('an existing folder is usable; a file, a missing path and a network path are not', () => {
    const file = join(dir, 'fil.txt');
    writeFileSync(file, 'x');
    expect(isUsableLocalFolder(dir, { writable: true })).toBe(true);
    expect(isUsableLocalFolder(file)).toBe(false);
    expect(isUsableLocalFolder(join(dir, 'saknas'))).toBe(false);
    expect(isUsableLocalFolder(`/${dir}`)).toBe(false);
  });
});
