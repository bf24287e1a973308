import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openApp, unlockAs } from '../cli-app';
import { readBackupSecret, secretOptions } from '../backup-secrets';
import type { CliContext } from '../cli-context';
import { runJob } from '../job-runner';

export async function backupRestore(args: string[], ctx: CliContext): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { ...secretOptions, 'data-dir': { type: 'string' }, user: { type: 'string' }, 'password-file': { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const file = resolve(ctx.require(positionals[0], 'FILE'));
  const dataDir = resolve(ctx.require(values['data-dir'], 'data-dir'));
  const app = openApp(dataDir, 'change');
  try {
    const fresh = app.installation.state === 'uninitialised';
    // Over existing data an administrator signs in first (password before the backup's secret on stdin).
    if (!fresh) await unlockAs(app, ctx, values);
    const secret = await readBackupSecret(values, ctx, true);
    const runtime = app.backup;
    const result = await runJob(runtime, runtime.startRestore(file, secret, fresh ? 'fresh' : 'over'), ctx);
    if (result.kind !== 'restore') return;
    if (result.safetyBackupPath) ctx.out(ctx.text.safetyBackup(result.safetyBackupPath));
    ctx.out(ctx.text.restored(result.manifest.createdAt));
  } finally {
    await app.close();
  }
}
