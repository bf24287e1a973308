// Long backup work as jobs the UI can follow and cancel: one at a time per
// installation, progress by phase, the outcome kept for the UI to read.
import { randomUUID } from 'node:crypto';
import type { BackupJob, BackupJobPhase, BackupJobResult, BackupOrigin } from '../../shared/ipc/backup';
import { message } from '../../shared/i18n/messages';
import { AppFailure, isAppFailure } from '../base/app-error';

export interface JobControl {
  signal: AbortSignal;
  progress(phase: BackupJobPhase, done: number, total: number): void;
  /** Where the backup being verified or restored comes from, once known. */
  origin(origin: BackupOrigin): void;
}

type JobKind = BackupJob['kind'];
const keepFinished = 20;

export class BackupJobs {
  private readonly jobs = new Map<string, { job: BackupJob; controller: AbortController; finished: Promise<void> }>();
  private active: string | null = null;

  constructor(private readonly logError: (error: unknown) => void = () => undefined) {}

  get activeId(): string | null {
    return this.active;
  }

  /** Starts a job unless one is running (then `backup.busy`). */
  start(kind: JobKind, run: (control: JobControl) => Promise<BackupJobResult>): string {
    if (this.active) throw new AppFailure('backup.busy');
    const id = randomUUID();
    const controller = new AbortController();
    const job: BackupJob = { id, kind, phase: 'queued', done: 0, total: 0, state: 'running', error: null, result: null, origin: null };
    const control: JobControl = {
      signal: controller.signal,
      progress: (phase, done, total) => {
        if (job.state !== 'running') return;
        job.phase = phase;
        job.done = done;
        job.total = total;
      },
      origin: (origin) => {
        job.origin = origin;
      },
    };
    this.active = id;
    const finished = (async () => {
      try {
        job.result = await run(control);
        job.state = 'succeeded';
        job.phase = 'finished';
      } catch (error) {
        const cancelled = controller.signal.aborted;
        const code = cancelled ? 'backup.cancelled' : isAppFailure(error) ? error.code : 'internal';
        if (!cancelled && !isAppFailure(error)) this.logError(error);
        job.state = cancelled ? 'cancelled' : 'failed';
        job.error = { code, message: message(code, 'sv') };
      } finally {
        this.active = null;
      }
    })();
    this.jobs.set(id, { job, controller, finished });
    this.prune();
    return id;
  }

  get(id: string): BackupJob {
    const entry = this.jobs.get(id);
    if (!entry) throw new AppFailure('notFound');
    return structuredClone(entry.job);
  }

  /** Asks the job to stop; it ends as `cancelled` at its next step (a restore past its swap finishes). */
  cancel(id: string): BackupJob {
    const entry = this.jobs.get(id);
    if (!entry) throw new AppFailure('notFound');
    if (entry.job.state === 'running') entry.controller.abort(new AppFailure('backup.cancelled'));
    return this.get(id);
  }

  /** Resolves when the job has ended (CLI, scheduler, tests). */
  async wait(id: string): Promise<BackupJob> {
    const entry = this.jobs.get(id);
    if (!entry) throw new AppFailure('notFound');
    await entry.finished;
    return this.get(id);
  }

  private prune(): void {
    const done = [...this.jobs.values()].filter((e) => e.job.state !== 'running');
    for (const e of done.slice(0, Math.max(0, done.length - keepFinished))) this.jobs.delete(e.job.id);
  }
}
