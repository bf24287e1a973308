// SHA-256 on a second thread: the stream being backed up or restored is
// encrypted or decrypted on the main thread while a worker hashes a copy, so
// the two run side by side on two cores. Chunks are gathered into 4 MiB
// copies (the caller may reuse or write its buffers meanwhile), handed over
// without a further copy, and handed back once hashed, to be filled again.
import { Worker } from 'node:worker_threads';

const workerSource = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const hash = createHash('sha256');
parentPort.on('message', (message) => {
  if (message === null) parentPort.postMessage(hash.digest('hex'));
  else {
    hash.update(new Uint8Array(message));
    parentPort.postMessage(message, [message]);
  }
});
`;

const batchSize = 4 * 1024 * 1024;
/** Batches handed over but not yet hashed, at most (bounds memory when the worker falls behind). */
const maxInFlight = 4;

export class BackgroundHash {
  private readonly worker = new Worker(workerSource, { eval: true });
  private batch = Buffer.allocUnsafe(batchSize);
  private used = 0;
  private failure: Error | null = null;
  private inFlight = 0;
  private drained: (() => void) | null = null;
  /** Batches the worker has hashed and handed back. */
  private readonly spare: ArrayBuffer[] = [];

  constructor() {
    this.worker.on('error', (error) => {
      this.failure = error;
      this.drained?.();
    });
    this.worker.on('message', (message: unknown) => {
      if (!(message instanceof ArrayBuffer)) return;
      if (message.byteLength === batchSize) this.spare.push(message);
      this.inFlight--;
      this.drained?.();
    });
  }

  /** Resolves at once unless the worker is several batches behind. */
  async update(chunk: Uint8Array): Promise<void> {
    let offset = 0;
    while (offset < chunk.length) {
      const n = Math.min(batchSize - this.used, chunk.length - offset);
      this.batch.set(chunk.subarray(offset, offset + n), this.used);
      this.used += n;
      offset += n;
      if (this.used === batchSize) this.send();
    }
    while (this.inFlight >= maxInFlight && !this.failure) {
      await new Promise<void>((resolve) => (this.drained = resolve));
      this.drained = null;
    }
    if (this.failure) throw this.failure;
  }

  private send(): void {
    // A 4 MiB Buffer has an ArrayBuffer of its own (not the shared pool): hand it over whole when full.
    const whole = this.used === this.batch.buffer.byteLength && this.batch.byteOffset === 0;
    const data = whole ? (this.batch.buffer as ArrayBuffer) : this.batch.buffer.slice(this.batch.byteOffset, this.batch.byteOffset + this.used);
    this.worker.postMessage(data, [data as ArrayBuffer]);
    this.inFlight++;
    const reused = this.spare.pop();
    this.batch = reused ? Buffer.from(reused) : Buffer.allocUnsafe(batchSize);
    this.used = 0;
  }

  /** The hex digest of everything passed to update; ends the worker. */
  async digest(): Promise<string> {
    if (this.used > 0) this.send();
    try {
      if (this.failure) throw this.failure;
      const digest = new Promise<string>((resolve, reject) => {
        this.worker.on('message', (message: unknown) => {
          if (typeof message === 'string') resolve(message);
        });
        this.worker.once('error', reject);
      });
      this.worker.postMessage(null);
      return await digest;
    } finally {
      await this.worker.terminate();
    }
  }

  /** Ends the worker without a digest (after a failure). */
  dispose(): void {
    void this.worker.terminate();
  }
}
