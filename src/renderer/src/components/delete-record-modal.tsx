// Deleting a record registered by mistake: says what goes and that it cannot
// be undone, asks for the reason from a fixed list (never free text, so no
// personal data is written into the log) and for an explicit confirmation.
import { Alert, Button, Checkbox, Group, Radio, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { AppError, Envelope } from '../../../shared/envelope';
import type { UiKey } from '../i18n/sv';
import { useT } from '../i18n/use-t';
import { AppModal } from './app-modal';
import { ErrorAlert } from './error-alert';
import { notifySuccess } from './notify';

interface Props<R extends string> {
  opened: boolean;
  onClose(): void;
  title: string;
  /** What is deleted, in the user's words. */
  body: string;
  /** The reasons to choose from; none: no reason is asked for. */
  reasons: readonly R[];
  onDelete(reason: R | null): Promise<Envelope<unknown>>;
  done: string;
}

function DeleteRecordModal<R extends string>({
  opened,
  onClose,
  title,
  body,
  reasons,
  onDelete,
  done,
}: Props<R>) {
  const t = useT();
  const [reason, setReason] = useState<R | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [missing, setMissing] = useState<{ reason?: boolean; confirmed?: boolean }>({});
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  function close() {
    setReason(null);
    setConfirmed(false);
    setMissing({});
    setError(null);
    onClose();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const now = { reason: reasons.length > 0 && reason === null, confirmed: !confirmed };
    setMissing(now);
    setError(null);
    if (now.reason || now.confirmed) return;
    setBusy(true);
    const result = await onDelete(reason);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    notifySuccess(done);
    close();
  }

  return (
    <AppModal opened={opened} onClose={close} title={title} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <Alert color="red" variant="light">
            <Text size="sm">{body}</Text>
            <Text size="sm" mt="xs">
              {t('deletion.cannotUndo')}
            </Text>
          </Alert>
          {reasons.length > 0 && (
            <Radio.Group
              label={t('deletion.reason')}
              required
              value={reason ?? ''}
              onChange={(v) => {
                setReason(v as R);
                setMissing((m) => ({ ...m, reason: false }));
              }}
              error={missing.reason ? t('deletion.reasonRequired') : undefined}
            >
              <Stack gap="xs" mt="xs">
                {reasons.map((r) => (
                  <Radio key={r} value={r} label={t(`deletion.reason.${r}` as UiKey)} />
                ))}
              </Stack>
            </Radio.Group>
          )}
          <Checkbox
            label={t('deletion.confirm')}
            checked={confirmed}
            onChange={(e) => {
              setConfirmed(e.currentTarget.checked);
              setMissing((m) => ({ ...m, confirmed: false }));
            }}
            error={missing.confirmed ? t('deletion.confirmRequired') : undefined}
          />
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={busy}>
              {t('deletion.delete')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

/** The button that opens the deletion dialog; `label` names what it deletes. */
export function DeleteRecordButton<R extends string>(
  props: Omit<Props<R>, 'opened' | 'onClose'> & { label: string },
) {
  const [opened, setOpened] = useState(false);
  const { label, ...modal } = props;
  return (
    <>
      <Button
        variant="outline"
        color="red"
        leftSection={<IconTrash size={16} aria-hidden="true" />}
        onClick={() => setOpened(true)}
      >
        {label}
      </Button>
      <DeleteRecordModal {...modal} opened={opened} onClose={() => setOpened(false)} />
    </>
  );
}
