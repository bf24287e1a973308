// Verifying a backup without restoring it: unpack into a private work folder,
// run every check, and remove the folder again. Live data is never touched.
import type { BackupOrigin, BackupSecret } from '../../shared/ipc/backup';
import { openBackup, type OpenBackupOptions } from './backup-open';
import type { Manifest } from './manifest';
import { createWorkDir } from './work-dir';

/** `dataDir` null: work in the system's temp folder (the CLI verifying a file on its own). */
export async function verifyBackup(
  file: string,
  secret: BackupSecret,
  dataDir: string | null,
  options: OpenBackupOptions = {},
): Promise<Manifest & { origin: BackupOrigin }> {
  const work = createWorkDir(dataDir, 'verify');
  try {
    const opened = await openBackup(file, secret, work.path, options);
    opened.masterKey.fill(0);
    return { ...opened.manifest, origin: opened.origin };
  } finally {
    work.dispose();
  }
}
