// Backup file names: the kind and the UTC time they were made, nothing about
// whose data it is. `iop-desk-backup-20260302T090000Z.age` (manual),
// `iop-desk-auto-…` (scheduled), `iop-desk-safety-…` (before a restore).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupKind } from '../../shared/ipc/backup';

const prefixes: Record<BackupKind, string> = { manual: 'backup', scheduled: 'auto', safety: 'safety' };
const pattern = /^iop-desk-(backup|auto|safety)-(\d{8}T\d{6}Z)(?:-\d+)?\.age$/;

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');

/** A file name not yet taken in the folder. */
export function backupFileName(folder: string, kind: BackupKind, at: Date): string {
  const base = `iop-desk-${prefixes[kind]}-${stamp(at)}`;
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}.age` : `${base}-${n}.age`;
    if (!existsSync(join(folder, name)) && !existsSync(join(folder, `${name}.partial`))) return name;
  }
}

export function parseBackupFileName(name: string): { kind: BackupKind; createdAt: Date } | null {
  const match = pattern.exec(name);
  if (!match) return null;
  const kind = (Object.keys(prefixes) as BackupKind[]).find((k) => prefixes[k] === match[1])!;
  const s = match[2]!;
  const iso = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}Z`;
  return { kind, createdAt: new Date(iso) };
}
