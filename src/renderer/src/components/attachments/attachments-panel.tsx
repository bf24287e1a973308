// The files kept with a record (issue 14): a list with name, type, size and
// who added them when; add a file (picked in main's dialog and checked there
// by its content), save a copy into a folder, remove with confirmation. One
// component for every record kind, hooked into each screen with one line. It
// shows nothing to a role that may not read the record's files, and hides
// adding and removing from a role that may not change them (main enforces both).
import {
  ActionIcon,
  Button,
  Group,
  Progress,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import {
  IconChevronDown,
  IconChevronRight,
  IconDeviceFloppy,
  IconEye,
  IconPaperclip,
  IconTrash,
} from '@tabler/icons-react';
import { useId, useState } from 'react';
import { mayReadAttachments, viewableFileTypes } from '../../../../shared/attachments/rules';
import type { AppError } from '../../../../shared/envelope';
import type { Attachment, AttachmentRecord } from '../../../../shared/ipc/attachments';
import { localDateTime } from '../../format/dates';
import { useLanguage, useT } from '../../i18n/use-t';
import { useSessionStore } from '../../stores/session-store';
import { AppModal } from '../app-modal';
import { ErrorAlert } from '../error-alert';
import { notifySuccess } from '../notify';
import { fileSize } from './file-size';
import { useAttachments } from './use-attachments';

/** Tooltips also open on keyboard focus. */
const tooltipEvents = { hover: true, focus: true, touch: false };

interface Props {
  record: AttachmentRecord;
  /** What the files belong to, in the user's words: the panel's heading and the add button's name. */
  title: string;
  /** The heading's level where the panel sits (default 2). */
  order?: 2 | 3 | 4;
  /** Folded to one line until opened (many records on one screen). */
  compact?: boolean;
}

export function AttachmentsPanel(props: Props) {
  const role = useSessionStore((s) => s.session?.role);
  if (!role || !mayReadAttachments(role, props.record.kind)) return null;
  return <Panel {...props} />;
}

function Panel({ record, title, order = 2, compact = false }: Props) {
  const files = useAttachments(record);
  const [open, setOpen] = useState(!compact);
  const bodyId = useId();
  const label = files.loading ? title : `${title} (${files.items.length})`;
  return (
    <Stack gap="xs" component="section" aria-label={title}>
      {compact ? (
        <UnstyledButton
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
          aria-controls={bodyId}
          className="attachments-toggle"
        >
          <Group gap={6} wrap="nowrap">
            {open ? (
              <IconChevronDown size={16} aria-hidden="true" />
            ) : (
              <IconChevronRight size={16} aria-hidden="true" />
            )}
            <IconPaperclip size={16} aria-hidden="true" />
            <Text size="sm" fw={600}>
              {label}
            </Text>
          </Group>
        </UnstyledButton>
      ) : (
        <Title order={order} size="h4">
          {label}
        </Title>
      )}
      <div id={bodyId} hidden={!open}>
        <Body files={files} title={title} />
      </div>
    </Stack>
  );
}

function Body({ files, title }: { files: ReturnType<typeof useAttachments>; title: string }) {
  const t = useT();
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [removing, setRemoving] = useState<Attachment | null>(null);

  async function add() {
    setError(null);
    setAdding(true);
    const outcome = await files.add();
    setAdding(false);
    if (outcome.kind === 'failed') setError(outcome.error);
    if (outcome.kind === 'done') notifySuccess(t('attachments.added', { name: outcome.value.name }));
  }

  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('attachments.intro')}
      </Text>
      {files.loading ? (
        <Text size="sm">{t('attachments.loading')}</Text>
      ) : files.items.length === 0 ? (
        <Text size="sm">{t('attachments.none')}</Text>
      ) : (
        <FileTable files={files} title={title} onError={setError} onRemove={setRemoving} />
      )}
      <ErrorAlert error={error ?? files.error} />
      {files.mayChange && (
        <Group gap="sm">
          <Button
            variant="light"
            leftSection={<IconPaperclip size={16} aria-hidden="true" />}
            loading={adding}
            onClick={() => void add()}
            aria-label={t('attachments.addTo', { what: title })}
          >
            {t('attachments.add')}
          </Button>
        </Group>
      )}
      {/* Reading a large scan into the encrypted database can take a second: say so, visibly and to screen readers. */}
      <div role="status">
        {adding && (
          <Stack gap={4}>
            <Text size="sm">{t('attachments.adding')}</Text>
            <Progress value={100} striped animated aria-label={t('attachments.adding')} />
          </Stack>
        )}
      </div>
      <RemoveModal files={files} file={removing} onClose={() => setRemoving(null)} />
    </Stack>
  );
}

function FileTable({
  files,
  title,
  onError,
  onRemove,
}: {
  files: ReturnType<typeof useAttachments>;
  title: string;
  onError(error: AppError | null): void;
  onRemove(file: Attachment): void;
}) {
  const t = useT();
  const language = useLanguage();
  const [saving, setSaving] = useState<number | null>(null);

  const [viewing, setViewing] = useState<number | null>(null);
  const [shown, setShown] = useState<{ name: string; dataUrl: string } | null>(null);

  async function view(file: Attachment) {
    onError(null);
    setViewing(file.id);
    const result = await files.view(file.id);
    setViewing(null);
    if (!result.ok) return onError(result.error);
    setShown({ name: file.name, dataUrl: result.value.dataUrl });
  }

  async function saveCopy(file: Attachment) {
    onError(null);
    setSaving(file.id);
    const outcome = await files.saveCopy(file.id);
    setSaving(null);
    if (outcome.kind === 'failed') onError(outcome.error);
    if (outcome.kind === 'done') notifySuccess(t('attachments.saved', { name: outcome.value.fileName }));
  }

  return (
    <>
      <AppModal opened={shown !== null} onClose={() => setShown(null)} title={shown?.name ?? ''} size="xl">
        {shown && <img src={shown.dataUrl} alt={shown.name} style={{ maxWidth: '100%', height: 'auto' }} />}
      </AppModal>
      <Table withTableBorder verticalSpacing={6} fz="sm" aria-label={title}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('attachments.name')}</Table.Th>
            <Table.Th>{t('attachments.type')}</Table.Th>
            <Table.Th>{t('attachments.size')}</Table.Th>
            <Table.Th>{t('attachments.addedOn')}</Table.Th>
            <Table.Th>{t('attachments.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {files.items.map((file) => (
            <Table.Tr key={file.id}>
              <Table.Td style={{ overflowWrap: 'break-word' }}>{file.name}</Table.Td>
              <Table.Td>{t(`attachments.fileType.${file.fileType}`)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{fileSize(file.bytes, language)}</Table.Td>
              <Table.Td>
                <span style={{ whiteSpace: 'nowrap' }}>{localDateTime(file.addedAt)}</span>
                {file.addedBy && (
                  <>
                    <br />
                    {t('attachments.by', { who: file.addedBy })}
                  </>
                )}
              </Table.Td>
              <Table.Td>
                {/* Icons named by the file (the tooltip shows the words): the panel also sits in half-width columns. */}
                <Group gap={4} wrap="nowrap">
                  {viewableFileTypes.includes(file.fileType) && (
                    <Tooltip
                      label={t('attachments.viewOf', { name: file.name })}
                      events={tooltipEvents}
                      withArrow
                    >
                      <ActionIcon
                        variant="subtle"
                        loading={viewing === file.id}
                        onClick={() => void view(file)}
                        aria-label={t('attachments.viewOf', { name: file.name })}
                      >
                        <IconEye size={18} aria-hidden="true" />
                      </ActionIcon>
                    </Tooltip>
                  )}
                  <Tooltip
                    label={t('attachments.saveCopyOf', { name: file.name })}
                    events={tooltipEvents}
                    withArrow
                  >
                    <ActionIcon
                      variant="subtle"
                      loading={saving === file.id}
                      onClick={() => void saveCopy(file)}
                      aria-label={t('attachments.saveCopyOf', { name: file.name })}
                    >
                      <IconDeviceFloppy size={18} aria-hidden="true" />
                    </ActionIcon>
                  </Tooltip>
                  {files.mayChange && (
                    <Tooltip
                      label={t('attachments.removeOf', { name: file.name })}
                      events={tooltipEvents}
                      withArrow
                    >
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        onClick={() => onRemove(file)}
                        aria-label={t('attachments.removeOf', { name: file.name })}
                      >
                        <IconTrash size={18} aria-hidden="true" />
                      </ActionIcon>
                    </Tooltip>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}

function RemoveModal({
  files,
  file,
  onClose,
}: {
  files: ReturnType<typeof useAttachments>;
  file: Attachment | null;
  onClose(): void;
}) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  function close() {
    setError(null);
    onClose();
  }

  async function remove() {
    if (!file || busy) return;
    setBusy(true);
    const result = await files.remove(file.id);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    notifySuccess(t('attachments.removed', { name: file.name }));
    close();
  }

  return (
    <AppModal opened={file !== null} onClose={close} title={t('attachments.removeTitle')}>
      <Stack gap="md">
        <Text>{t('attachments.removeBody', { name: file?.name ?? '' })}</Text>
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('attachments.cancel')}
          </Button>
          <Button color="red" loading={busy} onClick={() => void remove()}>
            {t('attachments.removeConfirm')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
