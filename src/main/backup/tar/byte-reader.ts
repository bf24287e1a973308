// Pulls exact byte counts out of a stream of chunks of any size.
export class ByteReader {
  private readonly iterator: AsyncIterator<Uint8Array>;
  private current: Buffer = Buffer.alloc(0);

  constructor(source: AsyncIterable<Uint8Array>) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  private async fill(): Promise<boolean> {
    while (this.current.length === 0) {
      const next = await this.iterator.next();
      if (next.done) return false;
      this.current = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.length);
    }
    return true;
  }

  /** Exactly n bytes, or null if the stream ends first. */
  async read(n: number): Promise<Buffer | null> {
    const parts: Buffer[] = [];
    let missing = n;
    while (missing > 0) {
      const part = await this.readSome(missing);
      if (!part) return null;
      parts.push(part);
      missing -= part.length;
    }
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  }

  /** Between 1 and `max` bytes (whatever is at hand), or null at the end of the stream. */
  async readSome(max: number): Promise<Buffer | null> {
    if (!(await this.fill())) return null;
    const take = Math.min(max, this.current.length);
    const part = this.current.subarray(0, take);
    this.current = this.current.subarray(take);
    return part;
  }
}
