import { Button, Group } from '@mantine/core';
import { useT } from '../i18n/use-t';

interface Props {
  onCancel(): void;
  busy: boolean;
  submitLabel: string;
}

/** The end of a modal form: Avbryt, then the submit button, loading while the form saves. */
export function CancelSubmit({ onCancel, busy, submitLabel }: Props) {
  const t = useT();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={busy}>
        {submitLabel}
      </Button>
    </Group>
  );
}
