// The backup files in a folder, newest first, with what the app knows about them.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupFile } from '../../shared/ipc/backup';
import type { VerificationRecord } from './backup-settings';
import { parseBackupFileName } from './backup-names';

export async function listBackupFiles(folder: string, verifications: Record<string, VerificationRecord>): Promise<BackupFile[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const files: BackupFile[] = [];
  for (const fileName of names.filter((n) => n.endsWith('.age'))) {
    const path = join(folder, fileName);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) continue;
    const parsed = parseBackupFileName(fileName);
    const check = verifications[fileName];
    const current = check && check.sizeBytes === info.size && check.mtimeMs === info.mtimeMs;
    files.push({
      path,
      fileName,
      kind: parsed?.kind ?? 'other',
      createdAt: (parsed?.createdAt ?? info.mtime).toISOString(),
      sizeBytes: info.size,
      verified: current ? { at: check.at, ok: check.ok } : null,
    });
  }
  return files.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
