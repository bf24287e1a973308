// Lifting a child's protected identity: its own act, with a reason that is
// kept in the child's history. The details are not shown here; the child
// page reloads them afterwards through an audited read.
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import { contract } from '../../../../shared/ipc/contract';
import { validate } from '../../api/zod-fields';
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { useFieldError } from '../../components/use-field-error';
import type { Child } from '../../../../shared/ipc/children';
import { ageFactsOf, personTermOn } from '../../../../shared/support-groups/person-term';
import { forPerson } from '../../i18n/translate';
import { useT } from '../../i18n/use-t';
import { todayIso } from '../support-groups/labels';
import { useApiMutation } from '../../data/use-api-mutation';

export function LiftProtectionModal({
  child,
  opened,
  onClose,
}: {
  child: Child;
  opened: boolean;
  onClose(): void;
}) {
  const t = useT();
  const lift = useApiMutation('children:liftProtection');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldError = useFieldError({ ...(error?.fields ?? {}), ...errors });

  function close() {
    setReason('');
    setErrors({});
    setError(null);
    onClose();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found = validate(contract['children:liftProtection'].input, { id: 1, version: 1, reason });
    setErrors(found);
    setError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const result = await lift.run({ id: child.id, version: child.version, reason });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    notifySuccess(t('liftProtection.done'));
    close();
  }

  return (
    <AppModal opened={opened} onClose={close} title={t('liftProtection.title')} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <Alert color="orange" variant="light">
            <Text size="sm">{t('liftProtection.body')}</Text>
          </Alert>
          <Textarea
            label={t('liftProtection.reason')}
            description={t(
              forPerson('liftProtection.reasonHint', personTermOn(ageFactsOf(child), todayIso())),
            )}
            required
            autosize
            minRows={3}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setErrors({});
            }}
            error={fieldError('reason')}
          />
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={busy}>
              {t('liftProtection.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
