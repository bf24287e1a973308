// Decrypts a SQLCipher 4 database file and its write-ahead log page by page,
// the way a forensic tool holding the key would, so tests can byte-search
// everything on disk: live rows, freed pages and old page images in the log.
// Independent of SQLite: AES-256-CBC per page with the raw key, the IV kept
// in the page's reserved tail (16 bytes IV + 64 bytes HMAC-SHA512), and on
// page 1 the first 16 bytes are the salt.
import { createDecipheriv } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

const pageSize = 4096;
const reserve = 80;
const walHeader = 32;
const frameHeader = 24;

function decryptPage(page: Buffer, pageNumber: number, key: Buffer): Buffer {
  const ivAt = pageSize - reserve;
  const decipher = createDecipheriv('aes-256-cbc', key, page.subarray(ivAt, ivAt + 16));
  decipher.setAutoPadding(false);
  return Buffer.concat([decipher.update(page.subarray(pageNumber === 1 ? 16 : 0, ivAt)), decipher.final()]);
}

/** Every page of the database file, decrypted and concatenated. */
export function decryptedDatabase(file: string, key: Buffer): Buffer {
  const bytes = readFileSync(file);
  if (bytes.length % pageSize !== 0) throw new Error(`not a whole number of ${pageSize}-byte pages`);
  const pages: Buffer[] = [];
  for (let i = 0; i < bytes.length / pageSize; i++)
    pages.push(decryptPage(bytes.subarray(i * pageSize, (i + 1) * pageSize), i + 1, key));
  // The page size sits at offset 16 of the plain header, i.e. the start of decrypted page 1.
  if (pages[0] && pages[0].readUInt16BE(0) !== pageSize)
    throw new Error('page 1 did not decrypt: wrong key or layout');
  return Buffer.concat(pages);
}

/** Every frame of the write-ahead log (if any), decrypted and concatenated. */
export function decryptedWal(file: string, key: Buffer): Buffer {
  if (!existsSync(file)) return Buffer.alloc(0);
  const bytes = readFileSync(file);
  const frames: Buffer[] = [];
  for (let at = walHeader; at + frameHeader + pageSize <= bytes.length; at += frameHeader + pageSize) {
    frames.push(
      decryptPage(bytes.subarray(at + frameHeader, at + frameHeader + pageSize), bytes.readUInt32BE(at), key),
    );
  }
  return Buffer.concat(frames);
}
