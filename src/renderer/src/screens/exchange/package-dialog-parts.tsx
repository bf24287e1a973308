// The parts every "send to a partner" dialog shares: the choice of a verified
// partner, and the dialog's end (the refusal, where the package was saved, and
// Stäng / the make button until it is saved).
import { Alert, Button, Group, NativeSelect } from '@mantine/core';
import type { AppError } from '../../../../shared/envelope';
import type { Partner } from '../../../../shared/ipc/exchange';
import { ErrorAlert } from '../../components/error-alert';
import { useT } from '../../i18n/use-t';

export function PartnerSelect({
  partners,
  value,
  onChange,
  error,
}: {
  partners: readonly Partner[] | null | undefined;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
}) {
  const t = useT();
  return (
    <NativeSelect
      label={t('exchange.partner')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={[
        { value: '', label: t('exchange.choosePartner') },
        ...(partners ?? []).map((p) => ({
          value: String(p.id),
          label: `${p.organisationName} (${p.installationName})`,
        })),
      ]}
      error={error}
    />
  );
}

export function PackageDialogEnd({
  error,
  savedText,
  onClose,
  submitLabel,
  submitDisabled = false,
}: {
  error: AppError | null;
  /** Where the package was saved, once it is; the make button goes then. */
  savedText: string | null;
  onClose(): void;
  submitLabel: string;
  submitDisabled?: boolean;
}) {
  const t = useT();
  return (
    <>
      <ErrorAlert error={error} />
      {savedText && (
        <Alert color="green" role="status">
          {savedText}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('exchange.close')}
        </Button>
        {!savedText && (
          <Button type="submit" disabled={submitDisabled}>
            {submitLabel}
          </Button>
        )}
      </Group>
    </>
  );
}
