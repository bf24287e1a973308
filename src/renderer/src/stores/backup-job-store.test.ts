import { afterEach, describe, expect, it } from 'vitest';
import type { AppError } from '../../../shared/envelope';
import type { BackupJob, BackupStatus } from '../../../shared/ipc/backup';
import { setApiClient } from '../api/client';
import { fail, fakeClient, ok, type FakeHandlers } from '../api/fake-client';
import { useBackupJobStore } from './backup-job-store';
import { queryClient } from '../data/query-client';
import { apiQueryKey } from '../data/query-key';
import { clearDataStores } from './data-stores';
import { useSessionStore } from './session-store';

const jobId = '6f1c2b5e-3c1a-4c55-9a55-3f3d2f1e0a11';
const job = (patch: Partial<BackupJob>): BackupJob => ({
  id: jobId,
  kind: 'create',
  phase: 'writing',
  done: 10,
  total: 100,
  state: 'running',
  error: null,
  result: null,
  origin: null,
  ...patch,
});
const status: BackupStatus = {
  settings: { folder: null, scheduleEnabled: true, keepDaily: 7, keepWeekly: 4 },
  folder: '/data/backups',
  recipient: null,
  installationId: '9a37b8fb-f67f-46b2-a230-1d519fda2a10',
  keyFingerprint: '0123-4567-89AB-CDEF-0123-4567-89AB-CDEF',
  lastSuccess: {
    at: '2026-03-02T09:00:00.000Z',
    kind: 'manual',
    fileName: 'iop-desk-backup-20260302T090000Z.age',
  },
  lastFailure: null,
  nextScheduledAt: null,
  activeJobId: null,
};
const manifest = {
  backupId: 'b',
  createdAt: '2026-03-02T09:00:00.000Z',
  appVersion: '0.1.0',
  schemaVersion: '0004',
  tables: [],
  origin: {
    proof: 'verified' as const,
    installationId: 'i',
    keyFingerprint: '0123-4567-89AB-CDEF-0123-4567-89AB-CDEF',
  },
};

/** A fake main whose `backup:job` answers from a list of reports, one per call. */
function mainReporting(reports: BackupJob[], extra: FakeHandlers = {}) {
  const queue = [...reports];
  return fakeClient({
    'backup:startCreate': () => ok({ jobId }),
    'backup:startRestore': () => ok({ jobId }),
    'backup:job': () => ok(queue.length > 1 ? queue.shift()! : queue[0]!),
    'backup:status': () => ok(status),
    'backup:list': () => ok([]),
    ...extra,
  });
}

afterEach(() => {
  setApiClient(null);
  queryClient.clear();
  clearDataStores();
  useSessionStore.setState({ phase: 'starting', lockReason: null });
});

describe('backup job store', () => {
  it('follows a started job from a placeholder to main’s reports', async () => {
    setApiClient(mainReporting([job({ phase: 'hashing', done: 3, total: 13 })]).api);
    const started = await useBackupJobStore
      .getState()
      .startCreate({ folder: null, encryption: { kind: 'recipient' } });
    expect(started).toEqual({ ok: true, value: jobId });
    expect(useBackupJobStore.getState().job).toMatchObject({
      id: jobId,
      kind: 'create',
      phase: 'queued',
      state: 'running',
    });
    await useBackupJobStore.getState().refresh();
    expect(useBackupJobStore.getState().job).toMatchObject({ phase: 'hashing', done: 3, total: 13 });
  });

  it('refreshes the backup status and list once when a backup has been made', async () => {
    useSessionStore.setState({ phase: 'unlocked' });
    // What the Säkerhetskopior tab had read before.
    queryClient.setQueryData(apiQueryKey('backup:status', {}), status);
    queryClient.setQueryData(apiQueryKey('backup:list', {}), []);
    const done = job({
      state: 'succeeded',
      phase: 'finished',
      result: { kind: 'create', path: '/b/x.age', fileName: 'x.age', sizeBytes: 1, backupId: 'b' },
    });
    const client = mainReporting([job({}), done]);
    setApiClient(client.api);
    await useBackupJobStore.getState().startCreate({ folder: null, encryption: { kind: 'recipient' } });
    await useBackupJobStore.getState().refresh();
    await useBackupJobStore.getState().refresh();
    await useBackupJobStore.getState().refresh(); // ended: no more questions to main
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(client.calls.map((c) => c.channel)).toEqual(['backup:startCreate', 'backup:job', 'backup:job']);
    // Marked stale, so the tab (the next time it shows, or at once if it does) reads them afresh.
    expect(queryClient.getQueryState(apiQueryKey('backup:status', {}))?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(apiQueryKey('backup:list', {}))?.isInvalidated).toBe(true);
  });

  it('sends the app to the lock screen after a restore', async () => {
    useSessionStore.setState({ phase: 'unlocked' });
    const restored = job({
      kind: 'restore',
      state: 'succeeded',
      phase: 'finished',
      result: { kind: 'restore', manifest, safetyBackupPath: null },
    });
    setApiClient(
      mainReporting([restored], {
        'installation:status': () =>
          ok({ state: 'locked', organisationName: 'Exempelstad', idleLockMinutes: 10, session: null }),
        'auth:users': () => ok([]),
      }).api,
    );
    await useBackupJobStore
      .getState()
      .startRestore({ file: '/b/x.age', secret: { kind: 'passphrase', passphrase: 'lång-lösenfras-123' } });
    await useBackupJobStore.getState().refresh();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(useSessionStore.getState()).toMatchObject({
      phase: 'locked',
      lockReason: 'restored',
      organisationName: 'Exempelstad',
    });
    // The lock emptied the data stores, the followed job too.
    expect(useBackupJobStore.getState().job).toBeNull();
  });

  it('ends following with the reason when main cannot report the job', async () => {
    const notFound: AppError = {
      code: 'notFound',
      message: 'Uppgiften finns inte (den kan ha tagits bort).',
    };
    setApiClient(mainReporting([], { 'backup:job': () => fail(notFound) }).api);
    await useBackupJobStore.getState().startCreate({ folder: null, encryption: { kind: 'recipient' } });
    await useBackupJobStore.getState().refresh();
    expect(useBackupJobStore.getState().job).toMatchObject({ state: 'failed', error: notFound });
  });

  it('keeps a running job when asked to forget it, and forgets an ended one', async () => {
    setApiClient(
      mainReporting([
        job({ state: 'cancelled', error: { code: 'backup.cancelled', message: 'Åtgärden avbröts.' } }),
      ]).api,
    );
    await useBackupJobStore.getState().startCreate({ folder: null, encryption: { kind: 'recipient' } });
    useBackupJobStore.getState().dismiss();
    expect(useBackupJobStore.getState().job?.state).toBe('running');
    await useBackupJobStore.getState().refresh();
    useBackupJobStore.getState().dismiss();
    expect(useBackupJobStore.getState().job).toBeNull();
  });

  it('attaches only to a job that still runs', async () => {
    setApiClient(mainReporting([job({ state: 'succeeded', phase: 'finished' })]).api);
    await useBackupJobStore.getState().attach(jobId);
    expect(useBackupJobStore.getState().job).toBeNull();
    setApiClient(mainReporting([job({ phase: 'snapshot' })]).api);
    await useBackupJobStore.getState().attach(jobId);
    expect(useBackupJobStore.getState().job).toMatchObject({
      id: jobId,
      phase: 'snapshot',
      state: 'running',
    });
  });
});
