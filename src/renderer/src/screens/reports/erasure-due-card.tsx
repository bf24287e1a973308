// The gallring card on Översikt: how many groups are overdue and how many are
// due within two weeks, with a way to the gallring view.
import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useT } from '../../i18n/use-t';
import { useErasureStore } from '../../stores/erasure-store';
import { useNavigationStore } from '../../stores/navigation-store';
import { useReportsStore } from '../../stores/reports-store';

export function ErasureDueCard() {
  const t = useT();
  const overview = useErasureStore((s) => s.overview);

  useEffect(() => {
    void useErasureStore.getState().load();
  }, []);

  if (!overview) return null;
  const waiting = overview.overdue + overview.due > 0;
  return (
    <Alert
      className="rp-erasure-card"
      color={overview.overdue > 0 ? 'red' : waiting ? 'yellow' : 'gray'}
      variant="light"
      title={t('erasureCard.title')}
      icon={<IconClockExclamation aria-hidden="true" />}
    >
      <Stack gap={6} align="flex-start">
        {overview.overdue > 0 && (
          <Text size="sm">{t('erasureCard.overdue', { count: overview.overdue })}</Text>
        )}
        {overview.due > 0 && <Text size="sm">{t('erasureCard.due', { count: overview.due })}</Text>}
        {!waiting && <Text size="sm">{t('erasureCard.none')}</Text>}
        {waiting && (
          <Button
            size="xs"
            variant="white"
            onClick={() => {
              useReportsStore.getState().setTab('erasure');
              useNavigationStore.getState().go('reports');
            }}
          >
            {t('erasureCard.open')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
