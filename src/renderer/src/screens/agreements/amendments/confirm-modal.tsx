// A step that binds (an amendment in force, a notice, a deletion) asks first:
// the modal says what will happen; the step runs only on the explicit button.
// Main's refusal is shown in the modal and nothing typed is lost.
import { Button, Group, Stack } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { AppError, Envelope } from '../../../../../shared/envelope';
import { AppModal } from '../../../components/app-modal';
import { ErrorAlert } from '../../../components/error-alert';
import { useT } from '../../../i18n/use-t';

interface Props {
  opened: boolean;
  title: string;
  confirmLabel: string;
  danger?: boolean;
  onClose(): void;
  /** Runs the step; the modal closes when it succeeds. */
  onConfirm(): Promise<Envelope<unknown>>;
  children: ReactNode;
  /** What to show under a refusal (e.g. its field problems). */
  details?(error: AppError): ReactNode;
}

export function ConfirmModal({
  opened,
  title,
  confirmLabel,
  danger,
  onClose,
  onConfirm,
  children,
  details,
}: Props) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);
  const close = () => {
    setFailure(null);
    onClose();
  };
  async function confirm() {
    setBusy(true);
    const result = await onConfirm();
    setBusy(false);
    if (result.ok) close();
    else setFailure(result.error);
  }
  return (
    <AppModal opened={opened} onClose={close} title={title} size="lg">
      <Stack gap="sm">
        {children}
        <ErrorAlert error={failure}>{failure && details?.(failure)}</ErrorAlert>
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button
            color={danger ? 'red.9' : undefined}
            loading={busy}
            onClick={() => void confirm()}
            data-autofocus
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
