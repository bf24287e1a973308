// Streaming file I/O for backups: large reads and writes, fsync before a
// file counts as written, and cancellation between chunks.
import { createReadStream, type ReadStream } from 'node:fs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fsyncDir } from '../files/atomic-write';

const ioChunk = 4 * 1024 * 1024;
/** At most this many buffers per writev (IOV_MAX is 1024 on Linux and macOS). */
const maxBuffers = 512;
const syncEvery = 64 * 1024 * 1024;

export function readFileChunks(file: string): ReadStream {
  return createReadStream(file, { highWaterMark: ioChunk });
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

async function writeAll(handle: FileHandle, buffers: Uint8Array[]): Promise<void> {
  let rest = buffers;
  while (rest.length > 0) {
    const { bytesWritten } = await handle.writev(rest);
    let skip = bytesWritten;
    while (rest.length > 0 && skip >= rest[0]!.length) {
      skip -= rest[0]!.length;
      rest = rest.slice(1);
    }
    if (skip > 0) rest = [rest[0]!.subarray(skip), ...rest.slice(1)];
  }
}

/**
 * Writes a new file (never overwriting one) and flushes it to disk; removes it
 * if anything fails. Chunks are gathered into one writev of about 4 MiB, and
 * one write is in flight while the source prepares the next (the source must
 * not reuse a buffer it has yielded).
 */
export async function writeNewFile(file: string, source: AsyncIterable<Uint8Array>, signal?: AbortSignal): Promise<number> {
  const handle = await open(file, 'wx', 0o600);
  let size = 0;
  let pending: Promise<void> | null = null;
  let batch: Uint8Array[] = [];
  let batchBytes = 0;
  // Flushing as we go lets the disk work while the source prepares more,
  // instead of one long fsync of everything at the end.
  let syncing: Promise<void> | null = null;
  let unsynced = 0;
  const flush = async () => {
    if (pending) await pending;
    if (unsynced >= syncEvery && !syncing) {
      syncing = handle.datasync().finally(() => (syncing = null));
      unsynced = 0;
    }
    pending = writeAll(handle, batch);
    unsynced += batchBytes;
    batch = [];
    batchBytes = 0;
  };
  try {
    for await (const chunk of source) {
      signal?.throwIfAborted();
      if (chunk.length === 0) continue;
      batch.push(chunk);
      batchBytes += chunk.length;
      size += chunk.length;
      if (batchBytes >= ioChunk || batch.length >= maxBuffers) await flush();
    }
    if (batch.length > 0) await flush();
    if (pending) await pending;
    if (syncing) await syncing;
    await handle.sync();
  } catch (error) {
    await (pending as Promise<void> | null)?.catch(() => undefined);
    await (syncing as Promise<void> | null)?.catch(() => undefined);
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
