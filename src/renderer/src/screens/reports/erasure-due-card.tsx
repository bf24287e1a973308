// The gallring card on Översikt: how many groups are overdue and how many are
// due within two weeks, with a way to the gallring view. A failed call shows
// as a failed card (OverviewCard), never as no card.
import { Button, Stack, Text } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import { useEffect } from 'react';
import { OverviewCard } from '../../components/overview-card';
import { useT } from '../../i18n/use-t';
import { useErasureStore } from '../../stores/erasure-store';
import { goTo } from '../../navigation/navigate';

const load = () => void useErasureStore.getState().loadSummary();

export function ErasureDueCard() {
  const t = useT();
  const summary = useErasureStore((s) => s.summary);
  const error = useErasureStore((s) => s.summaryError);

  useEffect(load, []);

  return (
    <OverviewCard
      className="rp-erasure-card"
      title={t('erasureCard.title')}
      icon={<IconClockExclamation aria-hidden="true" />}
      data={summary}
      error={error}
      onRetry={load}
      color={(o) => (o.overdue > 0 ? 'red' : o.overdue + o.due > 0 ? 'yellow' : 'gray')}
    >
      {(o) => {
        const waiting = o.overdue + o.due > 0;
        return (
          <Stack gap={6} align="flex-start">
            {o.overdue > 0 && <Text size="sm">{t('erasureCard.overdue', { count: o.overdue })}</Text>}
            {o.due > 0 && <Text size="sm">{t('erasureCard.due', { count: o.due })}</Text>}
            {!waiting && <Text size="sm">{t('erasureCard.none')}</Text>}
            {waiting && (
              <Button size="xs" variant="white" onClick={() => goTo({ name: 'reports', tab: 'erasure' })}>
                {t('erasureCard.open')}
              </Button>
            )}
          </Stack>
        );
      }}
    </OverviewCard>
  );
}
