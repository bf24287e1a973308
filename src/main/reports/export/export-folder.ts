// Where an export goes: a folder the user chose, which must be an existing
// absolute directory. A file never replaces another: a number is added.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppFailure } from '../../base/app-error';
import { isUsableLocalFolder } from '../../files/local-path';

export function validateExportFolder(folder: string): string {
  const invalid = () =>
    new AppFailure('reports.folderInvalid', { fields: { folder: 'reports.folderInvalid' } });
  if (!isUsableLocalFolder(folder, { writable: true })) throw invalid();
  return folder;
}

/** A file name safe on Windows, macOS and Linux: no separators or reserved characters. */
export function safeFileName(base: string): string {
  return base
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[. ]+$/, '')
    .slice(0, 150);
}

/** `name.ext`, or `name (2).ext` and so on if taken. */
export function freePath(folder: string, base: string, extension: string): string {
  for (let n = 1; ; n++) {
    const name = `${base}${n === 1 ? '' : ` (${n})`}.${extension}`;
    const path = join(folder, name);
    if (!existsSync(path)) return path;
  }
}
