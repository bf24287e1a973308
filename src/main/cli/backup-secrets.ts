// Reading a backup's passphrase or secret key for a command (never from the command line itself).
import { readFileSync } from 'node:fs';
import type { BackupSecret } from '../../shared/ipc/backup';
import { ageIdentity } from '../../shared/ipc/backup';
import { type CliContext, UsageError } from './cli-context';

export const secretOptions = {
  'passphrase-file': { type: 'string' },
  'passphrase-stdin': { type: 'boolean' },
  'identity-file': { type: 'string' },
  'identity-stdin': { type: 'boolean' },
} as const;

export interface SecretFlags {
  'passphrase-file'?: string | undefined;
  'passphrase-stdin'?: boolean | undefined;
  'identity-file'?: string | undefined;
  'identity-stdin'?: boolean | undefined;
}

/** An identity file as age-keygen writes it: comment lines and one AGE-SECRET-KEY-1… line. */
function identityFrom(text: string, ctx: CliContext): BackupSecret {
  const line = text.split(/\r?\n/).find((l) => l.trim().toUpperCase().startsWith('AGE-SECRET-KEY-1'));
  const parsed = ageIdentity.safeParse(line ?? '');
  if (!parsed.success) throw new UsageError(ctx.text.secretMissing);
  return { kind: 'identity', identity: parsed.data };
}

export async function readBackupSecret(flags: SecretFlags, ctx: CliContext, required: true): Promise<BackupSecret>;
export async function readBackupSecret(flags: SecretFlags, ctx: CliContext, required: false): Promise<BackupSecret | null>;
export async function readBackupSecret(flags: SecretFlags, ctx: CliContext, required: boolean): Promise<BackupSecret | null> {
  const given = [flags['passphrase-file'], flags['passphrase-stdin'], flags['identity-file'], flags['identity-stdin']].filter(Boolean);
  if (given.length > 1 || (required && given.length === 0)) throw new UsageError(ctx.text.oneSecret);
  if (flags['passphrase-file']) return { kind: 'passphrase', passphrase: ctx.readSecretFile(flags['passphrase-file']) };
  if (flags['passphrase-stdin']) return { kind: 'passphrase', passphrase: await ctx.nextStdinLine() };
  if (flags['identity-file']) return identityFrom(readFileSync(flags['identity-file'], 'utf8'), ctx);
  if (flags['identity-stdin']) return identityFrom(await ctx.nextStdinLine(), ctx);
  return null;
}
