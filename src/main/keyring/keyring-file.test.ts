import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readKeyring, writeKeyring, type Keyring } from './keyring-file';

const keyring: Keyring = {
  format: 'iop-desk-keyring',
  version: 1,
  installationId: '3f0c6f6e-5b7a-4a55-9a3e-0d3b8d1f2a11',
  organisationName: 'Testkommunens socialförvaltning',
  createdAt: '2026-03-02T09:00:00.000Z',
  slots: [
    {
      kind: 'password',
      userId: 1,
      username: 'admin',
      displayName: 'Ada Admin',
      kdf: { name: 'scrypt', logN: 17, r: 8, p: 1, salt: 'AAECAwQFBgcICQoLDA0ODw==' },
      wrapped: { nonce: 'bm9uY2Vub25jZW5v', ciphertext: 'Y2lwaGVy', tag: 'dGFndGFndGFndGFndGFn' },
    },
    {
      kind: 'recovery',
      kdf: { name: 'scrypt', logN: 17, r: 8, p: 1, salt: 'DwsNDAsKCQgHBgUEAwIBAA==' },
      wrapped: { nonce: 'bm9uY2Vub25jZW5w', ciphertext: 'Y2lwaGVz', tag: 'dGFndGFndGFndGFndGFo' },
    },
  ],
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'iop-desk-keyring-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('keyring file', () => {
  test('a missing file means no installation', () => {
    expect(readKeyring(join(dir, 'keyring.json'))).toBeNull();
  });

  test('round trip: what is written is read back unchanged', () => {
    const file = join(dir, 'keyring.json');
    writeKeyring(file, keyring);
    expect(readKeyring(file)).toEqual(keyring);
  });

  test('writing replaces the file atomically and leaves no temporary file behind', () => {
    const file = join(dir, 'keyring.json');
    writeKeyring(file, keyring);
    const changed = { ...keyring, slots: keyring.slots.slice(1) };
    writeKeyring(file, changed);
    expect(readdirSync(dir)).toEqual(['keyring.json']);
    expect(readKeyring(file)).toEqual(changed);
  });

  test.skipIf(process.platform === 'win32')('only the owner may read the file', () => {
    const file = join(dir, 'keyring.json');
    writeKeyring(file, keyring);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  test('a damaged or foreign file is refused rather than half-read', () => {
    const file = join(dir, 'keyring.json');
    writeFileSync(file, JSON.stringify({ ...keyring, format: 'something-else' }));
    expect(() => readKeyring(file)).toThrow();
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 40));
    expect(() => readKeyring(file)).toThrow();
  });
});
