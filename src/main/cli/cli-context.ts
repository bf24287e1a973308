// What every command gets: the parsed options, the language, output streams
// and the secrets reader (stdin lines are handed out in order: the password
// first, then a passphrase or identity).
import { readFileSync } from 'node:fs';
import type { Language } from '../../shared/i18n/messages';
import { cliMessages, type CliMessages } from './cli-messages';

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

export class CliContext {
  readonly text: CliMessages;
  private stdinLines: string[] | null = null;

  constructor(
    readonly io: CliIo,
    readonly lang: Language,
  ) {
    this.text = cliMessages[lang];
  }

  out(line: string): void {
    this.io.stdout.write(`${line}\n`);
  }

  err(line: string): void {
    this.io.stderr.write(`${line}\n`);
  }

  private async lines(): Promise<string[]> {
    if (this.stdinLines === null) {
      const chunks: Buffer[] = [];
      for await (const chunk of this.io.stdin) chunks.push(Buffer.from(chunk as Buffer));
      this.stdinLines = Buffer.concat(chunks).toString('utf8').split(/\r?\n/);
    }
    return this.stdinLines;
  }

  /** The next line of standard input (secrets: password, then passphrase or identity). */
  async nextStdinLine(): Promise<string> {
    const line = (await this.lines()).shift() ?? '';
    if (line === '') throw new UsageError(this.text.secretMissing);
    return line;
  }

  /** The first line of a secret file. */
  readSecretFile(file: string): string {
    const line = readFileSync(file, 'utf8').split(/\r?\n/)[0] ?? '';
    if (line === '') throw new UsageError(this.text.secretMissing);
    return line;
  }

  /** The password for `--user`: from --password-file, else the next stdin line. */
  password(options: { 'password-file'?: string | undefined }): Promise<string> {
    const file = options['password-file'];
    return file ? Promise.resolve(this.readSecretFile(file)) : this.nextStdinLine();
  }

  require<T>(value: T | undefined, name: string): T {
    if (value === undefined || value === '') throw new UsageError(this.text.missingOption(name));
    return value;
  }
}
