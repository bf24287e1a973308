// Backups for the administrator, through the server-data cache (data/): the
// status (settings, backup key, last outcome), the backup files in the
// configured folder, and the small calls around them. The secret half of a
// new backup key is handed to the caller and never kept. Long work (create,
// verify, restore) is followed in stores/backup-job-store.ts.
import type { BackupSettings } from '../../../../shared/ipc/backup';
import type { Envelope } from '../../../../shared/envelope';
import { appErrorOf } from '../../data/api-failure';
import { runApi } from '../../data/use-api-mutation';
import { useApiQuery } from '../../data/use-api-query';

export function useBackupStatus() {
  const status = useApiQuery('backup:status', {});
  return { status: status.data ?? null, error: appErrorOf(status.error) };
}

/** Newest first; null until read. */
export function useBackupFiles() {
  const files = useApiQuery('backup:list', {});
  return { files: files.data ?? null, loading: files.isFetching, error: appErrorOf(files.error) };
}

const pathOf = (result: Envelope<{ path: string | null }>): Envelope<string | null> =>
  result.ok ? { ok: true, value: result.value.path } : result;

export const backupActions = {
  updateSettings: (settings: BackupSettings) => runApi('backup:updateSettings', settings),
  setRecipient: (recipient: string) => runApi('backup:setRecipient', { recipient }),
  /** Creates a key pair; the app keeps the public half, the caller shows the secret half once. */
  generateKey: () => runApi('backup:generateKey', {}),
  async suggestPassphrase(): Promise<Envelope<string>> {
    const result = await runApi('backup:suggestPassphrase', {});
    return result.ok ? { ok: true, value: result.value.passphrase } : result;
  },
  /** The OS folder dialog; null when the user cancelled it. */
  chooseFolder: async () => pathOf(await runApi('files:chooseFolder', { purpose: 'backupFolder' })),
  /** The OS file dialog for a backup file (works before installation too). */
  chooseFile: async () => pathOf(await runApi('files:chooseFile', { purpose: 'backupFile' })),
};
