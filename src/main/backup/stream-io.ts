// Streaming file I/O for backups: large reads and writes, fsync before a
// file counts as written, and cancellation between chunks.
import { createReadStream, type ReadStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fsyncDir } from '../files/atomic-write';

const ioChunk = 1024 * 1024;

export function readFileChunks(file: string): ReadStream {
  return createReadStream(file, { highWaterMark: ioChunk });
}

/** Gathers small chunks into about `size` bytes, so each write is one large system call. */
export async function* coalesce(source: AsyncIterable<Uint8Array>, size = ioChunk): AsyncGenerator<Buffer> {
  let parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of source) {
    parts.push(chunk);
    length += chunk.length;
    if (length >= size) {
      yield Buffer.concat(parts, length);
      parts = [];
      length = 0;
    }
  }
  if (length > 0) yield Buffer.concat(parts, length);
}

/** Counts bytes as they pass, for progress bars, and stops when the signal aborts. */
export async function* metered(
  source: AsyncIterable<Uint8Array>,
  onBytes: (total: number) => void,
  signal?: AbortSignal,
): AsyncGenerator<Uint8Array> {
  let total = 0;
  for await (const chunk of source) {
    signal?.throwIfAborted();
    total += chunk.length;
    onBytes(total);
    yield chunk;
  }
}

/** Writes a new file (never overwriting one) and flushes it to disk; removes it if anything fails. */
export async function writeNewFile(file: string, source: AsyncIterable<Uint8Array>, signal?: AbortSignal): Promise<number> {
  const handle = await open(file, 'wx', 0o600);
  let size = 0;
  try {
    for await (const chunk of coalesce(source)) {
      signal?.throwIfAborted();
      await handle.write(chunk);
      size += chunk.length;
    }
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(file, { force: true });
    throw error;
  }
  await handle.close();
  return size;
}

/** Writes beside the target, flushes, then renames into place: the target appears whole or not at all. */
export async function writeFileDurably(file: string, source: AsyncIterable<Uint8Array>, signal?: AbortSignal): Promise<number> {
  const partial = `${file}.partial`;
  await rm(partial, { force: true });
  const size = await writeNewFile(partial, source, signal);
  try {
    await rename(partial, file);
    fsyncDir(dirname(file));
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return size;
}
