// Asks before the user leaves a form with unsaved changes (see
// stores/leave-guard-store.ts). Mounted once, in the app shell.
import { Button, Group, Stack, Text } from '@mantine/core';
import { useT } from '../i18n/use-t';
import { answerLeave, useLeaveGuardStore } from '../stores/leave-guard-store';
import { AppModal } from './app-modal';

export function LeaveGuardDialog() {
  const t = useT();
  const asking = useLeaveGuardStore((s) => s.pending !== null);
  return (
    <AppModal opened={asking} onClose={() => answerLeave('stay')} title={t('drafts.leaveTitle')} size={720}>
      <Stack gap="md">
        <Text size="sm">{t('drafts.leaveBody')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" color="red" onClick={() => answerLeave('discard')}>
            {t('drafts.leaveDiscard')}
          </Button>
          <Button variant="default" onClick={() => answerLeave('keep')}>
            {t('drafts.leaveKeep')}
          </Button>
          <Button data-autofocus onClick={() => answerLeave('stay')}>
            {t('drafts.stay')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
