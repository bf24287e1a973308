// A screen that later work fills: it says plainly what will come, and that it is not there yet.
import { Alert, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { PageTitle } from '../../components/page-title';
import type { UiKey } from '../../i18n/translate';
import { useT } from '../../i18n/use-t';

export function NotBuiltScreen({ title, body }: { title: UiKey; body: UiKey }) {
  const t = useT();
  return (
    <Stack maw={760}>
      <PageTitle>{t(title)}</PageTitle>
      <Text>{t(body)}</Text>
      <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden="true" />}>
        {t('common.notBuiltYet')}
      </Alert>
    </Stack>
  );
}
