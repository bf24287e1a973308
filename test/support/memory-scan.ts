// Scans this process's own memory (Linux: /proc/self/maps and /proc/self/mem)
// for a key in raw, hex (lower and upper case) and base64 form.
//
// The scanner must not hold what it looks for, or it would find itself: each
// form is kept XOR-masked with a random pad and compared byte by byte; only a
// 4-byte prefix (not the key) exists in the clear, for a fast first search.
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';

export const memoryScanSupported = process.platform === 'linux' && canRead('/proc/self/mem');
export const memoryScanSkipReason = 'the memory scan reads /proc/self/mem, which only Linux offers';

function canRead(file: string): boolean {
  try {
    closeSync(openSync(file, 'r'));
    return true;
  } catch {
    return false;
  }
}

type Form = 'raw' | 'hexLower' | 'hexUpper' | 'base64';
interface Needle {
  form: Form;
  prefix: Buffer;
  masked: Buffer;
  pad: Buffer;
}

export interface KeyNeedles {
  readonly needles: readonly Needle[];
}

const b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Masked forms of `key`. The caller zeroes `key` afterwards; nothing here keeps it in the clear. */
export function needlesFor(key: Buffer): KeyNeedles {
  const forms: { form: Form; length: number; byteAt: (i: number) => number }[] = [
    { form: 'raw', length: key.length, byteAt: (i) => key[i]! },
    { form: 'hexLower', length: key.length * 2, byteAt: (i) => '0123456789abcdef'.charCodeAt((key[i >> 1]! >> (i & 1 ? 0 : 4)) & 15) },
    { form: 'hexUpper', length: key.length * 2, byteAt: (i) => '0123456789ABCDEF'.charCodeAt((key[i >> 1]! >> (i & 1 ? 0 : 4)) & 15) },
    {
      // The unpadded characters: found with or without '=' after them.
      form: 'base64',
      length: Math.floor((key.length * 8) / 6),
      byteAt: (i) => {
        const bit = i * 6;
        const byte = bit >> 3;
        const word = (key[byte]! << 8) | (key[byte + 1] ?? 0);
        return b64.charCodeAt((word >> (10 - (bit & 7))) & 63);
      },
    },
  ];
  return {
    needles: forms.map(({ form, length, byteAt }) => {
      const pad = randomBytes(length);
      const masked = Buffer.alloc(length);
      for (let i = 0; i < length; i++) masked[i] = byteAt(i) ^ pad[i]!;
      const prefix = Buffer.alloc(4);
      for (let i = 0; i < 4; i++) prefix[i] = masked[i]! ^ pad[i]!;
      return { form, prefix, masked, pad };
    }),
  };
}

function matchesAt(chunk: Buffer, at: number, needle: Needle): boolean {
  if (at + needle.masked.length > chunk.length) return false;
  for (let i = 4; i < needle.masked.length; i++) if ((chunk[at + i]! ^ needle.pad[i]!) !== needle.masked[i]) return false;
  return true;
}

export type ScanResult = Record<Form, number> & { bytesScanned: number };

/** Counts the copies of each form in every readable mapping of this process. */
export function scanOwnMemory(key: KeyNeedles): ScanResult {
  const result: ScanResult = { raw: 0, hexLower: 0, hexUpper: 0, base64: 0, bytesScanned: 0 };
  const overlap = Math.max(...key.needles.map((n) => n.masked.length)) - 1;
  const chunkSize = 8 * 1024 * 1024;
  const chunk = Buffer.alloc(chunkSize + overlap);
  const maps = readFileSync('/proc/self/maps', 'utf8').split('\n');
  const fd = openSync('/proc/self/mem', 'r');
  try {
    for (const line of maps) {
      const [range, perms, , , , path = ''] = line.trim().split(/\s+/);
      if (!range || !perms?.startsWith('r')) continue;
      if (path === '[vvar]' || path === '[vsyscall]' || path === '[vvar_vclock]' || path.startsWith('/dev/')) continue;
      const [start, end] = range.split('-').map((h) => Number.parseInt(h, 16)) as [number, number];
      for (let at = start; at < end; at += chunkSize) {
        const length = Math.min(chunkSize + overlap, end - at);
        let read: number;
        try {
          read = readSync(fd, chunk, 0, length, at);
        } catch {
          break; // an unreadable mapping (guard pages and the like)
        }
        const view = chunk.subarray(0, read);
        result.bytesScanned += Math.min(read, chunkSize);
        for (const needle of key.needles) {
          // A match starting in the overlap is counted by the next chunk.
          const limit = Math.min(read, chunkSize);
          for (let i = view.indexOf(needle.prefix); i !== -1 && i < limit; i = view.indexOf(needle.prefix, i + 1)) {
            if (matchesAt(view, i, needle)) result[needle.form]++;
          }
        }
      }
    }
  } finally {
    closeSync(fd);
    chunk.fill(0);
  }
  return result;
}
