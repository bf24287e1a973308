import { Alert, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useT } from '../../i18n/use-t';

export function BackupsTab() {
  const t = useT();
  return (
    <Stack maw={760}>
      <Title order={2} size="h3">
        {t('backups.heading')}
      </Title>
      <Text>{t('backups.body')}</Text>
      <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden="true" />}>
        {t('common.notBuiltYet')}
      </Alert>
    </Stack>
  );
}
