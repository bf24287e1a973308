// Opening the app's passphrase-encrypted packages (hand-back files) in tests:
// age decryption with the library, then the plain ustar archive inside.
import { readFileSync } from 'node:fs';
import { Decrypter } from 'age-encryption';

/** Files of a plain ustar archive. */
export function untar(bytes: Uint8Array): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const buf = Buffer.from(bytes);
  for (let at = 0; at + 512 <= buf.length;) {
    const name = buf.toString('utf8', at, at + 100).replace(/\0.*$/s, '');
    if (name === '') break;
    const size = parseInt(
      buf
        .toString('ascii', at + 124, at + 136)
        .replace(/\0.*$/s, '')
        .trim(),
      8,
    );
    files.set(name, buf.subarray(at + 512, at + 512 + size));
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

export async function openPackage(path: string, secret: string): Promise<Map<string, Buffer>> {
  const decrypter = new Decrypter();
  decrypter.addPassphrase(secret);
  return untar(await decrypter.decrypt(readFileSync(path)));
}
