// Reads a ustar archive as a stream of entries (regular files only). Each
// entry's body must be consumed before the next entry is read; what the
// consumer leaves is skipped.
import { Header } from 'tar';
import { ByteReader } from './byte-reader';
import { blockSize } from './tar-writer';

export interface TarReadEntry {
  name: string;
  size: number;
  body: AsyncGenerator<Buffer>;
}

/** The archive is not what a plain tar of regular files looks like. */
export class TarFormatError extends Error {
  override name = 'TarFormatError';
}

export async function* readTar(source: AsyncIterable<Uint8Array>): AsyncGenerator<TarReadEntry> {
  const reader = new ByteReader(source);
  for (;;) {
    const block = await reader.read(blockSize);
    if (!block) throw new TarFormatError('archive ends without end marker');
    if (block.every((b) => b === 0)) {
      const second = await reader.read(blockSize);
      if (!second || !second.every((b) => b === 0)) throw new TarFormatError('bad end marker');
      // Writers may pad to a record size with more zero blocks; anything else is foreign.
      for (let more = await reader.readSome(blockSize); more; more = await reader.readSome(blockSize)) {
        if (!more.every((b) => b === 0)) throw new TarFormatError('data after end marker');
      }
      return;
    }
    const header = new Header(block);
    if (!header.cksumValid) throw new TarFormatError('bad header checksum');
    if (header.type !== 'File' || !header.path || header.size === undefined) throw new TarFormatError('unsupported entry');
    const size = header.size;
    let remaining = size;
    const next = async () => {
      const part = await reader.readSome(remaining);
      if (!part) throw new TarFormatError('entry cut short');
      remaining -= part.length;
      return part;
    };
    const body = (async function* () {
      while (remaining > 0) yield await next();
    })();
    yield { name: header.path, size, body };
    while (remaining > 0) await next();
    const pad = (blockSize - (size % blockSize)) % blockSize;
    if (pad > 0 && !(await reader.read(pad))) throw new TarFormatError('entry cut short');
  }
}
