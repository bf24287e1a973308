// Writes a plain ustar archive as a stream, from in-memory buffers and
// streamed files, so secrets (the database key) never pass through a file.
// node-tar's Pack only adds entries from disk, so we use its Header encoder
// and lay out the blocks ourselves; `tar -x` reads the result.
import { Header } from 'tar';

export const blockSize = 512;

export interface TarEntry {
  name: string;
  size: number;
  mtime: Date;
  /** Exactly `size` bytes. */
  data: Buffer | AsyncIterable<Uint8Array>;
}

export class TarSizeError extends Error {
  override name = 'TarSizeError';
}

function headerBlock(entry: TarEntry): Buffer {
  const header = new Header({ path: entry.name, mode: 0o600, uid: 0, gid: 0, size: entry.size, mtime: entry.mtime, type: 'File' });
  const block = Buffer.alloc(blockSize);
  if (header.encode(block, 0)) throw new Error(`tar entry needs a pax header: ${entry.name}`);
  return block;
}

export async function* writeTar(entries: Iterable<TarEntry>): AsyncGenerator<Buffer> {
  for (const entry of entries) {
    yield headerBlock(entry);
    let written = 0;
    if (Buffer.isBuffer(entry.data)) {
      written = entry.data.length;
      yield entry.data;
    } else {
      for await (const chunk of entry.data) {
        written += chunk.length;
        if (written > entry.size) throw new TarSizeError(`${entry.name} grew while it was archived`);
        yield Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
      }
    }
    if (written !== entry.size) throw new TarSizeError(`${entry.name}: expected ${entry.size} bytes, got ${written}`);
    const pad = (blockSize - (entry.size % blockSize)) % blockSize;
    if (pad > 0) yield Buffer.alloc(pad);
  }
  // End of archive: two zero blocks.
  yield Buffer.alloc(blockSize * 2);
}
