// The backup side of one running app: its job list, the scheduler's state and
// the start functions the IPC handlers, the CLI and the scheduler share. Every
// finished job is audited (entity `backup`, the backup's id, never a path)
// and its outcome recorded for the dashboard.
import { mkdirSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { BackupEncryption, BackupInspection, BackupJobResult, BackupKind, BackupSecret } from '../../shared/ipc/backup';
import { message } from '../../shared/i18n/messages';
import type { Clock } from '../base/clock';
import type { ReadDb } from '../db/handles';
import { AppFailure, isAppFailure } from '../base/app-error';
import type { AgeTarget } from './age/age-file';
import { defaultScryptLogN } from './age/recipients';
import { createBackup } from './backup-create';
import type { BackupHost } from './backup-host';
import { BackupJobs } from './backup-jobs';
import { inspectBackup, summarise } from './backup-open';
import { restoreBackup, type RestoreOptions } from './backup-restore';
import { readBackupSettings, readRecipient, recordOutcome, recordVerification } from './backup-settings';
import { verifyBackup } from './backup-verify';

export interface BackupRuntimeOptions {
  clock: Clock;
  /** age scrypt work factor for new passphrase backups; lower only in tests. */
  scryptLogN?: number;
  logError?: (error: unknown) => void;
  /** Tests: see RestoreOptions.onStep. */
  onRestoreStep?: RestoreOptions['onStep'];
}

type Outcome = { ok: true; kind: BackupKind; fileName: string } | { ok: false; kind: BackupKind; error: AppFailure | unknown };

export class BackupRuntime {
  readonly jobs: BackupJobs;
  /** When the scheduler will try next; set by the scheduler. */
  nextScheduledAt: Date | null = null;
  readonly scryptLogN: number;

  constructor(
    readonly installation: BackupHost,
    readonly options: BackupRuntimeOptions,
  ) {
    this.jobs = new BackupJobs(options.logError);
    this.scryptLogN = options.scryptLogN ?? defaultScryptLogN;
  }

  /** The configured backup folder (default: the data folder's `backups`); inside a transaction pass its handle. */
  async folder(db: ReadDb = this.installation.db): Promise<string> {
    const settings = await readBackupSettings(db);
    return settings.folder ?? this.installation.paths.backups;
  }

  private async target(encryption: BackupEncryption): Promise<AgeTarget> {
    if (encryption.kind === 'passphrase') return { kind: 'passphrase', passphrase: encryption.passphrase, scryptLogN: this.scryptLogN };
    const recipient = await readRecipient(this.installation.db);
    if (!recipient) throw new AppFailure('backup.noRecipient');
    return { kind: 'recipients', recipients: [recipient] };
  }

  /** A backup of the current state; `folder` null = the configured folder. Needs an unlocked session. */
  async startCreate(input: { folder: string | null; encryption: BackupEncryption; kind?: BackupKind }): Promise<string> {
    const kind = input.kind ?? 'manual';
    const defaultFolder = this.installation.paths.backups;
    const folder = input.folder ?? (await this.folder());
    if (folder === defaultFolder) mkdirSync(folder, { recursive: true, mode: 0o700 });
    const target = await this.target(input.encryption);
    const session = this.installation.session;
    return this.jobs.start('create', async (control) => {
      const source = this.installation.backupSource();
      try {
        const created = await createBackup(source, { kind, folder, target, clock: this.options.clock, signal: control.signal, progress: control.progress });
        await this.finish('backup:startCreate', session, created.manifest.backupId, { ok: true, kind, fileName: created.fileName });
        return { kind: 'create', path: created.path, fileName: created.fileName, sizeBytes: created.sizeBytes, backupId: created.manifest.backupId };
      } catch (error) {
        await this.finish('backup:startCreate', session, null, { ok: false, kind, error }, control.signal.aborted);
        throw error;
      } finally {
        source.masterKey.fill(0);
      }
    });
  }

  startVerify(file: string, secret: BackupSecret): string {
    const session = this.installation.session;
    return this.jobs.start('verify', async (control): Promise<BackupJobResult> => {
      let backupId: string | null = null;
      let failure: unknown = null;
      try {
        // Signed in: the seal is checked with this installation's key.
        const installationKey = this.installation.state === 'unlocked' ? this.installation.backupSource().masterKey : null;
        try {
          const manifest = await verifyBackup(file, secret, this.installation.paths.dataDir, {
            signal: control.signal,
            progress: control.progress,
            installationKey,
            onOrigin: control.origin,
          });
          backupId = manifest.backupId;
          return { kind: 'verify', manifest: summarise(manifest, manifest.origin) };
        } finally {
          installationKey?.fill(0);
        }
      } catch (error) {
        failure = error;
        throw error;
      } finally {
        await this.audit('backup:startVerify', session, backupId, failure ? 'failed' : 'ok');
        // Only the file's own verdict is remembered: a wrong secret or a cancel says nothing about it.
        const fileProblem = isAppFailure(failure) && (failure.code === 'backup.tampered' || failure.code === 'backup.notBackup');
        if (!failure || fileProblem) await this.rememberVerification(file, !failure).catch(this.log);
      }
    });
  }

  /** Before a fresh restore: where the backup comes from (reads only the start of the file). */
  async inspect(file: string, secret: BackupSecret): Promise<BackupInspection> {
    if (this.installation.state !== 'uninitialised') throw new AppFailure('installation.exists');
    return inspectBackup(file, secret);
  }

  /**
   * Over existing data (admin session) or into a fresh install (state `uninitialised`).
   * `origin`: see RestoreOptions.acceptUnverifiedOrigin and expectedKeyFingerprint.
   */
  startRestore(
    file: string,
    secret: BackupSecret,
    mode: 'over' | 'fresh',
    origin: { acceptUnverifiedOrigin?: boolean; expectedKeyFingerprint?: string | null } = {},
  ): string {
    const state = this.installation.state;
    if (mode === 'fresh' && state !== 'uninitialised') throw new AppFailure('installation.exists');
    if (mode === 'over' && state !== 'unlocked') throw new AppFailure('locked');
    const session = this.installation.session;
    return this.jobs.start(mode === 'fresh' ? 'freshRestore' : 'restore', async (control) => {
      const safetyFolder = mode === 'over' ? await this.folder() : undefined;
      if (safetyFolder === this.installation.paths.backups) mkdirSync(safetyFolder, { recursive: true, mode: 0o700 });
      const safetyRecipient = mode === 'over' ? await readRecipient(this.installation.db) : null;
      try {
        const result = await restoreBackup(this.installation, file, secret, {
          clock: this.options.clock,
          signal: control.signal,
          progress: control.progress,
          safetyFolder,
          safetyRecipient,
          scryptLogN: this.scryptLogN,
          onStep: this.options.onRestoreStep,
          onOrigin: control.origin,
          ...origin,
        });
        return { kind: 'restore', manifest: summarise(result.manifest, result.origin), safetyBackupPath: result.safetyBackupPath };
      } catch (error) {
        // Nothing changed: the failure goes into the live log (while someone is signed in).
        await this.audit(mode === 'fresh' ? 'backup:startFreshRestore' : 'backup:startRestore', session, null, 'failed');
        throw error;
      }
    });
  }

  private readonly log = (error: unknown) => this.options.logError?.(error);

  private async finish(channel: string, session: BackupHost['session'], backupId: string | null, outcome: Outcome, cancelled = false): Promise<void> {
    await this.audit(channel, session, backupId, outcome.ok ? 'ok' : 'failed');
    if (cancelled || this.installation.state !== 'unlocked') return;
    const at = this.options.clock.now().toISOString();
    const record = outcome.ok
      ? ({ ok: true, value: { at, kind: outcome.kind, fileName: outcome.fileName } } as const)
      : ({ ok: false, value: { at, kind: outcome.kind, error: errorOf(outcome.error) } } as const);
    await recordOutcome(this.installation.db, record).catch(this.log);
  }

  async audit(channel: string, session: BackupHost['session'], backupId: string | null, outcome: 'ok' | 'failed'): Promise<void> {
    await this.installation
      .audit({
        at: this.options.clock.now().toISOString(),
        userId: session?.userId ?? null,
        role: session?.role ?? null,
        channel,
        entityType: 'backup',
        entityId: backupId,
        outcome,
      })
      .catch(this.log);
  }

  private async rememberVerification(file: string, ok: boolean): Promise<void> {
    if (this.installation.state !== 'unlocked') return;
    const info = await stat(file);
    const names = new Set(await readdir(dirname(file)));
    await recordVerification(
      this.installation.db,
      basename(file),
      { at: this.options.clock.now().toISOString(), ok, sizeBytes: info.size, mtimeMs: info.mtimeMs },
      names,
    );
  }

  /** Runs a job to its end (CLI, scheduler). */
  wait(id: string) {
    return this.jobs.wait(id);
  }
}

export function errorOf(error: unknown): { code: AppFailure['code']; message: string } {
  const code = isAppFailure(error) ? error.code : 'internal';
  return { code, message: message(code, 'sv') };
}

