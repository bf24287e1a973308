// The one long backup job the screens follow (main runs one at a time):
// starting it, reading its progress (screens poll `refresh` about twice a
// second while they show it, see screens/backup/use-job-polling.ts),
// cancelling it, and what follows its end: a fresh file list after a backup or
// a check, the lock screen after a restore.
import { create } from 'zustand';
import type { Envelope } from '../../../shared/envelope';
import type { BackupJob } from '../../../shared/ipc/backup';
import type { ChannelInput } from '../../../shared/ipc/contract';
import { call } from '../api/client';
import { refreshKinds } from '../data/apply-effects';
import { registerDataStore } from './data-stores';
import { useSessionStore } from './session-store';

interface BackupJobState {
  /** The job being followed, as main last reported it; null when none. */
  job: BackupJob | null;
  /** A cancel was asked for and the job has not ended yet. */
  cancelling: boolean;

  startCreate(input: ChannelInput<'backup:startCreate'>): Promise<Envelope<string>>;
  startVerify(input: ChannelInput<'backup:startVerify'>): Promise<Envelope<string>>;
  startRestore(input: ChannelInput<'backup:startRestore'>): Promise<Envelope<string>>;
  startFreshRestore(input: ChannelInput<'backup:startFreshRestore'>): Promise<Envelope<string>>;
  /** Follows a job started elsewhere (e.g. before the app was locked and unlocked again). */
  attach(jobId: string): Promise<void>;
  /** Reads the followed job's progress once. */
  refresh(): Promise<void>;
  cancel(): Promise<void>;
  /** Forgets a job that has ended (its result has been seen). */
  dismiss(): void;
}

const initial = { job: null, cancelling: false } satisfies Partial<BackupJobState>;

export const isRunning = (job: BackupJob | null): boolean => job?.state === 'running';

export const useBackupJobStore = create<BackupJobState>()((set, get) => {
  async function started(
    kind: BackupJob['kind'],
    result: Envelope<{ jobId: string }>,
  ): Promise<Envelope<string>> {
    if (!result.ok) return result;
    const id = result.value.jobId;
    set({
      job: {
        id,
        kind,
        phase: 'queued',
        done: 0,
        total: 0,
        state: 'running',
        error: null,
        result: null,
        origin: null,
      },
      cancelling: false,
    });
    return { ok: true, value: id };
  }

  /** Takes main's report of the followed job; reacts once when it has ended. */
  function update(job: BackupJob): void {
    const previous = get().job;
    if (previous?.id !== job.id) return; // dismissed or replaced meanwhile
    set({ job, ...(job.state === 'running' ? {} : { cancelling: false }) });
    if (previous.state === 'running' && job.state !== 'running') finished(job);
  }

  function finished(job: BackupJob): void {
    const restored = (job.kind === 'restore' || job.kind === 'freshRestore') && job.state === 'succeeded';
    // Main has swapped in the restored data and locked: everyone signs in again.
    if (restored) void useSessionStore.getState().restored();
    else if (useSessionStore.getState().phase === 'unlocked') void refreshKinds(['backup']);
  }

  return {
    ...initial,

    async startCreate(input) {
      return started('create', await call((api) => api.backup.startCreate(input)));
    },
    async startVerify(input) {
      return started('verify', await call((api) => api.backup.startVerify(input)));
    },
    async startRestore(input) {
      return started('restore', await call((api) => api.backup.startRestore(input)));
    },
    async startFreshRestore(input) {
      return started('freshRestore', await call((api) => api.backup.startFreshRestore(input)));
    },

    async attach(jobId) {
      if (get().job?.id === jobId) return;
      const result = await call((api) => api.backup.job({ id: jobId }));
      // Only a job still running: one that has ended was seen (or is in the status) already.
      if (result.ok && result.value.state === 'running' && !isRunning(get().job))
        set({ job: result.value, cancelling: false });
    },

    async refresh() {
      const job = get().job;
      if (!job || job.state !== 'running') return;
      const result = await call((api) => api.backup.job({ id: job.id }));
      // Losing sight of the job (main restarted, bridge broke) ends following it, with the reason.
      update(result.ok ? result.value : { ...job, state: 'failed', error: result.error });
    },

    async cancel() {
      const job = get().job;
      if (!job || job.state !== 'running') return;
      set({ cancelling: true });
      const result = await call((api) => api.backup.cancel({ id: job.id }));
      if (result.ok) update(result.value);
      else set({ cancelling: false });
    },

    dismiss() {
      if (!isRunning(get().job)) set(initial);
    },
  };
});

registerDataStore(() => useBackupJobStore.setState(initial));
