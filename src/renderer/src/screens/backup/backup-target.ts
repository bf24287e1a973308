// The backup file a check or restore is about, with the words that name it
// for the user ("säkerhetskopian från 2026-03-02 10:00" or a file name).
import type { BackupFile } from '../../../../shared/ipc/backup';
import { localDateTime } from '../../format/dates';
import type { Translate } from '../../i18n/translate';
import { fileNameOf } from './backup-format';

export interface BackupTarget {
  path: string;
  kind: BackupFile['kind'];
  label: string;
}

/** A file from the list of the backup folder. */
export function listedTarget(file: BackupFile, t: Translate): BackupTarget {
  return {
    path: file.path,
    kind: file.kind,
    label: t('backups.fromTime', { time: localDateTime(file.createdAt) }),
  };
}

/** A file the user picked or just made: only its name is known. */
export function pathTarget(path: string, t: Translate): BackupTarget {
  return { path, kind: 'other', label: t('backups.fileNamed', { file: fileNameOf(path) }) };
}
