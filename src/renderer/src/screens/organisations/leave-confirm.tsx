import { Button, Group, Text } from '@mantine/core';
import { useT } from '../../i18n/use-t';
import { AppModal } from '../../components/app-modal';

/** Asks before unsaved changes are thrown away. */
export function LeaveConfirm({
  opened,
  onStay,
  onLeave,
}: {
  opened: boolean;
  onStay(): void;
  onLeave(): void;
}) {
  const t = useT();
  return (
    <AppModal opened={opened} onClose={onStay} title={t('organisationForm.leaveTitle')}>
      <Text>{t('organisationForm.leaveBody')}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onStay} data-autofocus>
          {t('organisationForm.stay')}
        </Button>
        <Button color="red.9" onClick={onLeave}>
          {t('organisationForm.leave')}
        </Button>
      </Group>
    </AppModal>
  );
}
