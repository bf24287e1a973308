// database-key.txt: the raw SQLCipher key of the database in the backup, with
// how to open it by hand. It exists only inside the age encryption.
//
// Built as bytes, never as a string: a JS string holding the key could not be
// cleared and would stay in the heap (and in memory freed by the collector).
// The caller zeroes the returned Buffer once the archive is written.
import { secretBuffer } from '../keyring/secret-buffer';

const placeholder = '\u0000';

const template = [
  placeholder,
  '',
  `SV: iop-desk.db är krypterad med SQLCipher 4 och nyckeln ovan (rå 256-bitarsnyckel). Öppna den med sqlcipher 4: PRAGMA key = "x'${placeholder}'"; PRAGMA cipher_compatibility = 4;`,
  `EN: iop-desk.db is encrypted with SQLCipher 4 and the key above (raw 256-bit key). Open it with sqlcipher 4: PRAGMA key = "x'${placeholder}'"; PRAGMA cipher_compatibility = 4;`,
  `SQLite3 Multiple Ciphers: PRAGMA cipher = 'sqlcipher'; PRAGMA legacy = 4; PRAGMA key = "x'${placeholder}'";`,
  '',
]
  .join('\n')
  .split(placeholder)
  .map((part) => Buffer.from(part, 'utf8'));

const hexDigits = Buffer.from('0123456789abcdef', 'latin1');

function writeHex(key: Buffer, out: Buffer, at: number): number {
  for (let i = 0; i < key.length; i++) {
    out[at + 2 * i] = hexDigits[key[i]! >> 4]!;
    out[at + 2 * i + 1] = hexDigits[key[i]! & 15]!;
  }
  return at + key.length * 2;
}

/** The file's bytes (UTF-8): the key as lower-case hex on the first line, then how to use it. */
export function databaseKeyFile(masterKey: Buffer): Buffer {
  const textBytes = template.reduce((sum, part) => sum + part.length, 0);
  const out = Buffer.alloc(textBytes + (template.length - 1) * masterKey.length * 2);
  let at = 0;
  template.forEach((part, i) => {
    at += part.copy(out, at);
    if (i < template.length - 1) at = writeHex(masterKey, out, at);
  });
  return out;
}

/** The value of one lower-case hex digit, or -1. */
const nibble = (c: number): number => (c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1);

/**
 * The key on the first line (64 lower-case hex digits), or null if the file is
 * not a database key file. Read from the bytes into a buffer off the V8 heap:
 * a string holding the key could never be cleared. The caller zeroes it.
 */
export function parseDatabaseKeyFile(bytes: Buffer): Buffer | null {
  let end = bytes.indexOf(0x0a);
  if (end === -1) end = bytes.length;
  let start = 0;
  while (start < end && (bytes[start] === 0x20 || bytes[start] === 0x09)) start++;
  while (end > start && (bytes[end - 1] === 0x20 || bytes[end - 1] === 0x09 || bytes[end - 1] === 0x0d)) end--;
  if (end - start !== 64) return null;
  const key = secretBuffer(32);
  for (let i = 0; i < 32; i++) {
    const high = nibble(bytes[start + 2 * i]!);
    const low = nibble(bytes[start + 2 * i + 1]!);
    if (high < 0 || low < 0) {
      key.fill(0);
      return null;
    }
    key[i] = (high << 4) | low;
  }
  return key;
}
