// Reading a file the user chose and writing one into a folder the user chose,
// with the exchange's refusals: missing or unreadable, over 100 MB, an
// unusable folder, a failed write. Files are written new (never replacing).
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { maxPackageBytes } from '../../shared/exchange/package-kinds';
import { AppFailure } from '../base/app-error';
import { freePath, safeFileName, validateExportFolder } from '../reports/export/export-folder';

export function readChosenFile(path: string, maxBytes = maxPackageBytes): Buffer {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch {
    throw new AppFailure('exchange.fileUnavailable', { fields: { path: 'exchange.fileUnavailable' } });
  }
  if (size > maxBytes) throw new AppFailure('exchange.tooLarge', { fields: { path: 'exchange.tooLarge' } });
  try {
    return readFileSync(path);
  } catch {
    throw new AppFailure('exchange.fileUnavailable', { fields: { path: 'exchange.fileUnavailable' } });
  }
}

/** Writes `data` as a new file in the folder; returns its path. */
export function writeIntoFolder(folder: string, base: string, extension: string, data: Uint8Array): string {
  let target: string;
  try {
    target = validateExportFolder(folder);
  } catch {
    throw new AppFailure('validation', { fields: { folder: 'reports.folderInvalid' } });
  }
  const path = freePath(target, safeFileName(base), extension);
  try {
    writeFileSync(path, data, { flag: 'wx', mode: 0o600 });
  } catch {
    throw new AppFailure('exchange.writeFailed', { fields: { folder: 'exchange.writeFailed' } });
  }
  return path;
}
