// The backups in the configured folder, newest first: when, what kind, how
// big, whether (and when) a check found it whole; check or restore each one.
// A folder keeps few files (rotation), so a plain table is enough.
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import type { BackupFile } from '../../../../shared/ipc/backup';
import { localDateTime } from '../../format/dates';
import { useLanguage, useT } from '../../i18n/use-t';
import { fileKindLabel, formatSize } from './backup-format';

interface Props {
  files: BackupFile[];
  /** Buttons are off while a job runs (main runs one at a time). */
  busy: boolean;
  onVerify(file: BackupFile): void;
  onRestore(file: BackupFile): void;
}

export function BackupList({ files, busy, onVerify, onRestore }: Props) {
  const t = useT();
  const language = useLanguage();
  if (files.length === 0) return <Text>{t('backups.listEmpty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table withTableBorder striped verticalSpacing="xs" aria-label={t('backups.listLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('backups.colTime')}</Table.Th>
            <Table.Th scope="col">{t('backups.colKind')}</Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'right' }}>
              {t('backups.colSize')}
            </Table.Th>
            <Table.Th scope="col">{t('backups.colVerified')}</Table.Th>
            <Table.Th scope="col">{t('backups.colActions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {files.map((file) => {
            const time = localDateTime(file.createdAt);
            return (
              <Table.Tr key={file.path}>
                <Table.Th scope="row" fw={400}>
                  <time dateTime={file.createdAt} title={file.fileName}>
                    {time}
                  </time>
                </Table.Th>
                <Table.Td>{t(fileKindLabel[file.kind])}</Table.Td>
                <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                  {formatSize(file.sizeBytes, language)}
                </Table.Td>
                <Table.Td>
                  {file.verified === null ? (
                    <Text size="sm">{t('backups.notVerified')}</Text>
                  ) : file.verified.ok ? (
                    <Badge color="green" variant="light">
                      {t('backups.verifiedAt', { time: localDateTime(file.verified.at) })}
                    </Badge>
                  ) : (
                    <Badge color="red" variant="light">
                      {t('backups.verifyFailedAt', { time: localDateTime(file.verified.at) })}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="default"
                      disabled={busy}
                      onClick={() => onVerify(file)}
                      aria-label={t('backups.verifyRow', { time })}
                    >
                      {t('backups.verify')}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      disabled={busy}
                      onClick={() => onRestore(file)}
                      aria-label={t('backups.restoreRow', { time })}
                    >
                      {t('backups.restore')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
