// IPC handlers for backups. Long work starts a job and returns its id; the
// renderer follows it with `backup:job` (see src/shared/ipc/backup.ts).
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import type { BackupStatus } from '../../../shared/ipc/backup';
import { AppFailure } from '../../base/app-error';
import { isLocalAbsolutePath, isUsableLocalFolder } from '../../files/local-path';
import type { ReadDb } from '../../db/handles';
import { handler, type HandlerContext } from '../handler-def';
import { listBackupFiles } from '../../backup/backup-list';
import {
  readBackupSettings,
  readOutcomes,
  readRecipient,
  readVerifications,
  writeBackupSettings,
  writeRecipient,
} from '../../backup/backup-settings';
import { keyFingerprint } from '../../backup/backup-origin';
import { generatePassphrase } from '../../backup/passphrase';

async function status(ctx: HandlerContext<ReadDb>): Promise<BackupStatus> {
  const runtime = ctx.backup;
  const settings = await readBackupSettings(ctx.db);
  const outcomes = await readOutcomes(ctx.db);
  return {
    settings,
    folder: settings.folder ?? ctx.installation.paths.backups,
    recipient: await readRecipient(ctx.db),
    ...installationOrigin(ctx),
    lastSuccess: outcomes.lastSuccess,
    lastFailure: outcomes.lastFailure,
    nextScheduledAt: runtime.nextScheduledAt?.toISOString() ?? null,
    activeJobId: runtime.jobs.activeId,
  };
}

/** This installation's id and key fingerprint, for the administrator to print and keep. */
function installationOrigin(ctx: HandlerContext<ReadDb>): { installationId: string; keyFingerprint: string } {
  const source = ctx.installation.backupSource();
  try {
    return { installationId: source.keyring.installationId, keyFingerprint: keyFingerprint(source.masterKey) };
  } finally {
    source.masterKey.fill(0);
  }
}

async function requireUsableFolder(folder: string): Promise<void> {
  try {
    if (!isUsableLocalFolder(folder, { writable: true })) throw new Error('not a usable local folder');
  } catch {
    throw new AppFailure('backup.folderUnavailable', { fields: { folder: 'backup.folderUnavailable' } });
  }
}

/** A backup file must be a local absolute path: a network path would make the OS contact another host. */
function localFile(file: string): string {
  if (!isLocalAbsolutePath(file))
    throw new AppFailure('backup.fileUnavailable', { fields: { file: 'backup.fileUnavailable' } });
  return file;
}

export const backupHandlers = {
  'backup:status': handler('backup:status', { run: status, audit: null }),
  'backup:updateSettings': handler('backup:updateSettings', {
    run: async (ctx, input) => {
      if (input.folder !== null) await requireUsableFolder(input.folder);
      await writeBackupSettings(ctx.db, input);
      return status(ctx);
    },
    audit: { entityType: 'settings' },
  }),
  'backup:generateKey': handler('backup:generateKey', {
    run: async (ctx) => {
      const identity = await generateX25519Identity();
      const recipient = await identityToRecipient(identity);
      await writeRecipient(ctx.db, recipient);
      return { identity, recipient };
    },
    audit: { entityType: 'settings' },
  }),
  'backup:setRecipient': handler('backup:setRecipient', {
    run: async (ctx, input) => {
      await writeRecipient(ctx.db, input.recipient);
      return status(ctx);
    },
    audit: { entityType: 'settings' },
  }),
  'backup:suggestPassphrase': handler('backup:suggestPassphrase', {
    run: async () => ({ passphrase: generatePassphrase() }),
    audit: null,
  }),
  'backup:list': handler('backup:list', {
    run: async (ctx) =>
      listBackupFiles(await ctx.backup.folder(ctx.db), await readVerifications(ctx.db)),
    audit: null,
  }),
  // The start channels only start a job (outside the router's transaction, which
  // would end before the job); the job audits its own outcome.
  'backup:startCreate': handler('backup:startCreate', {
    transaction: false,
    run: async (ctx, input) => {
      if (input.folder !== null) await requireUsableFolder(input.folder);
      return { jobId: await ctx.backup.startCreate(input) };
    },
    audit: { entityType: 'backup' },
  }),
  'backup:startVerify': handler('backup:startVerify', {
    transaction: false,
    run: async (ctx, input) => ({
      jobId: ctx.backup.startVerify(localFile(input.file), input.secret),
    }),
    audit: { entityType: 'backup' },
  }),
  'backup:startRestore': handler('backup:startRestore', {
    transaction: false,
    run: async (ctx, input) => ({
      jobId: ctx.backup.startRestore(localFile(input.file), input.secret, 'over', {
        acceptUnverifiedOrigin: input.acceptUnverifiedOrigin,
      }),
    }),
    audit: { entityType: 'backup' },
  }),
  'backup:startFreshRestore': handler('backup:startFreshRestore', {
    transaction: false,
    run: async (ctx, input) => ({
      jobId: ctx.backup.startRestore(localFile(input.file), input.secret, 'fresh', {
        expectedKeyFingerprint: input.keyFingerprint,
      }),
    }),
    audit: { entityType: 'backup' },
  }),
  'backup:inspect': handler('backup:inspect', {
    transaction: false,
    run: async (ctx, input) => ctx.backup.inspect(localFile(input.file), input.secret),
    audit: null,
  }),
  'backup:job': handler('backup:job', {
    run: async (ctx, input) => ctx.backup.jobs.get(input.id),
    audit: null,
  }),
  'backup:cancel': handler('backup:cancel', {
    run: async (ctx, input) => ctx.backup.jobs.cancel(input.id),
    audit: null,
  }),
};
