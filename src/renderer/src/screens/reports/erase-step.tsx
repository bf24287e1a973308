// Step 2: erase the chosen groups, behind a confirmation that names what
// goes and asks the user to confirm the packages and the passphrase.
import { Alert, Button, Checkbox, Fieldset, Group, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { AppError } from '../../../../shared/envelope';
import type { ErasureGroup } from '../../../../shared/ipc/erasure';
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { notifySuccess } from '../../components/notify';
import { useT } from '../../i18n/use-t';
import { useErasureStore } from '../../stores/erasure-store';
import { useApiMutation } from '../../data/use-api-mutation';

export function EraseStep({ chosen }: { chosen: ErasureGroup[] }) {
  const t = useT();
  const outcome = useErasureStore((s) => s.outcome);
  const eraseGroups = useApiMutation('erasure:erase');
  const [open, setOpen] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const ready = chosen.length > 0 && chosen.every((g) => g.handedBack);
  const enrolments = chosen.reduce((n, g) => n + g.enrolments, 0);

  async function erase() {
    setBusy(true);
    setError(null);
    const result = await eraseGroups.run({ groupIds: chosen.map((g) => g.groupId), confirmed: true });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    useErasureStore.getState().erased(result.value);
    setOpen(false);
    setConfirmed(false);
    notifySuccess(
      t('erasure.done', {
        enrolments: result.value.enrolments,
        deleted: result.value.childrenDeleted,
        kept: result.value.childrenKept,
      }),
      8000,
    );
  }

  return (
    <Fieldset legend={t('erasure.step2')}>
      <Stack gap="sm">
        <Text size="sm">{t('erasure.step2Text')}</Text>
        {chosen.length > 0 && !ready && <Text size="sm">{t('erasure.notYet')}</Text>}
        <Group justify="flex-end">
          <Button
            color="red"
            leftSection={<IconTrash size={18} aria-hidden="true" />}
            disabled={!ready}
            onClick={() => setOpen(true)}
          >
            {t('erasure.erase')}
          </Button>
        </Group>
        {outcome && (
          <Alert color={outcome.purged ? 'green' : 'yellow'} variant="light" role="status">
            <Text size="sm">
              {t('erasure.done', {
                enrolments: outcome.enrolments,
                deleted: outcome.childrenDeleted,
                kept: outcome.childrenKept,
              })}
            </Text>
            {!outcome.purged && (
              <Text size="sm" mt={4}>
                {t('erasure.notPurged')}
              </Text>
            )}
          </Alert>
        )}
      </Stack>
      <AppModal opened={open} onClose={() => !busy && setOpen(false)} title={t('erasure.confirmTitle')}>
        <Stack gap="sm">
          <Text>{t('erasure.confirmText', { enrolments, groups: chosen.length })}</Text>
          <Text size="sm">{chosen.map((g) => g.groupName).join(', ')}</Text>
          <Text size="sm" c="dimmed">
            {t('erasure.confirmBackups')}
          </Text>
          <Checkbox
            label={t('erasure.confirmCheck')}
            checked={confirmed}
            onChange={(e) => setConfirmed(e.currentTarget.checked)}
          />
          <ErrorAlert error={error} />
          {busy && <LoadingState label={t('erasure.erasing')} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button color="red" disabled={!confirmed} loading={busy} onClick={() => void erase()}>
              {t('erasure.confirmButton')}
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </Fieldset>
  );
}
