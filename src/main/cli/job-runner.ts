// Runs a backup job to its end, showing progress on a terminal.
import type { BackupJob } from '../../shared/ipc/backup';
import type { BackupRuntime } from '../backup/backup-runtime';
import { AppFailure } from '../base/app-error';
import type { CliContext } from './cli-context';

export async function runJob(runtime: BackupRuntime, id: string, ctx: CliContext): Promise<NonNullable<BackupJob['result']>> {
  const ticker = ctx.io.stderr.isTTY
    ? setInterval(() => {
        const job = runtime.jobs.get(id);
        const pct = job.total > 0 ? `${Math.floor((job.done / job.total) * 100)} %` : '';
        ctx.io.stderr.write(`\r${ctx.text.progress(job.phase, pct)}   `);
      }, 500)
    : null;
  try {
    const job = await runtime.wait(id);
    if (job.error) throw new AppFailure(job.error.code);
    if (!job.result) throw new AppFailure('internal');
    return job.result;
  } finally {
    if (ticker) {
      clearInterval(ticker);
      ctx.io.stderr.write('\r');
    }
  }
}

export const formatSize = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;
