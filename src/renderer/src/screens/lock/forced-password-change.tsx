// After an admin reset: the user must choose an own password before anything else.
import { Button, Paper, Stack, Text } from '@mantine/core';
import { PageTitle } from '../../components/page-title';
import { useT } from '../../i18n/use-t';
import { useSessionStore } from '../../stores/session-store';
import { ChangePasswordForm } from './change-password-form';

export function ForcedPasswordChange() {
  const t = useT();
  const session = useSessionStore((s) => s.session);
  const lock = useSessionStore((s) => s.lock);
  return (
    <div className="centered-page">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={520} component="main">
        <Stack gap="md">
          <PageTitle>{t('changePassword.title')}</PageTitle>
          <Text>{t('changePassword.forcedIntro')}</Text>
          {session && (
            <Text size="sm" c="dimmed">
              {session.displayName} ({session.username})
            </Text>
          )}
          <ChangePasswordForm
            temporary
            onDone={() => {}}
            secondary={
              <Button variant="subtle" onClick={() => void lock('user')}>
                {t('changePassword.lockInstead')}
              </Button>
            }
          />
        </Stack>
      </Paper>
    </div>
  );
}
