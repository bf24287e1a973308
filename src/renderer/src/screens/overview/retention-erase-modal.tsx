// Confirms erasing what a retention rule has made due: says what goes and that
// it cannot be undone, then erases through main (the same routine as gallring).
import { Alert, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { AppError } from '../../../../shared/envelope';
import type { RetentionRule } from '../../../../shared/erasure/retention-rules';
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { useT } from '../../i18n/use-t';
import { useApiMutation } from '../../data/use-api-mutation';

export function RetentionEraseModal({ rule, onClose }: { rule: RetentionRule | null; onClose(): void }) {
  const t = useT();
  const [confirmed, setConfirmed] = useState(false);
  const eraseRule = useApiMutation('retention:erase');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  function close() {
    setConfirmed(false);
    setMissing(false);
    setError(null);
    onClose();
  }

  async function erase() {
    if (!rule || busy) return;
    if (!confirmed) return setMissing(true);
    setBusy(true);
    const result = await eraseRule.run({ rule, confirmed: true });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    notifySuccess(
      t('retentionErase.done', { enrolments: result.value.enrolments, children: result.value.children }),
    );
    close();
  }

  return (
    <AppModal opened={rule !== null} onClose={close} title={t('retentionErase.title')} size="lg">
      {rule && (
        <Stack gap="md">
          <Alert color="red" variant="light">
            <Text size="sm">{t(`retentionErase.body.${rule}`)}</Text>
            <Text size="sm" mt="xs">
              {t('deletion.cannotUndo')}
            </Text>
          </Alert>
          <Checkbox
            label={t('deletion.confirm')}
            checked={confirmed}
            onChange={(e) => {
              setConfirmed(e.currentTarget.checked);
              setMissing(false);
            }}
            error={missing ? t('deletion.confirmRequired') : undefined}
          />
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={busy} onClick={() => void erase()}>
              {t('retentionErase.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </AppModal>
  );
}
