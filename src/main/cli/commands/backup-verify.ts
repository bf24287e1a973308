import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { message } from '../../../shared/i18n/messages';
import { verifyBackup } from '../../backup/backup-verify';
import { isAppFailure } from '../../base/app-error';
import { readBackupSecret, secretOptions } from '../backup-secrets';
import { type CliContext, UsageError } from '../cli-context';
import { exitCodeFor, exitCodes, type ExitCode } from '../exit-codes';

/** Verifies each file; the exit code is that of the first failure. */
export async function backupVerify(args: string[], ctx: CliContext): Promise<ExitCode> {
  const { values, positionals } = parseArgs({ args, options: { ...secretOptions, 'data-dir': { type: 'string' } }, allowPositionals: true, strict: true });
  if (positionals.length === 0) throw new UsageError(ctx.text.missingOption('FILE'));
  const secret = await readBackupSecret(values, ctx, true);
  const dataDir = values['data-dir'] ? resolve(values['data-dir']) : null;
  let exit: ExitCode = exitCodes.ok;
  for (const file of positionals) {
    try {
      const manifest = await verifyBackup(resolve(file), secret, dataDir);
      const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
      ctx.out(ctx.text.verified(file, manifest.createdAt, rows));
    } catch (error) {
      if (!isAppFailure(error)) throw error;
      ctx.err(ctx.text.verifyFailed(file, message(error.code, ctx.lang)));
      if (exit === exitCodes.ok) exit = exitCodeFor(error.code);
    }
  }
  return exit;
}
