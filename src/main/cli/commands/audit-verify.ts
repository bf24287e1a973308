import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { verifyAudit } from '../../audit/audit-service';
import { readTransaction } from '../../db/open-database';
import { openApp, unlockAs } from '../cli-app';
import type { CliContext } from '../cli-context';
import { exitCodes, type ExitCode } from '../exit-codes';

export async function auditVerify(args: string[], ctx: CliContext): Promise<ExitCode> {
  const { values } = parseArgs({ args, options: { 'data-dir': { type: 'string' }, user: { type: 'string' }, 'password-file': { type: 'string' } }, strict: true });
  const app = openApp(resolve(ctx.require(values['data-dir'], 'data-dir')), 'read');
  try {
    await unlockAs(app, ctx, values);
    // One snapshot of the log, without the write lock: the app may keep writing.
    const result = await readTransaction(app.installation.db, verifyAudit);
    if (result.ok) {
      ctx.out(ctx.text.auditOk(result.checked));
      return exitCodes.ok;
    }
    ctx.err(ctx.text.auditBroken(result.firstBadId, result.problem));
    return exitCodes.badBackup;
  } finally {
    await app.close();
  }
}
