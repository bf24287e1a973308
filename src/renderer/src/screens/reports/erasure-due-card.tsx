// The gallring card on Översikt: how many groups are overdue and how many are
// due within two weeks, with a way to the gallring view. A failed call shows
// as a failed card (OverviewCard), never as no card.
import { Button, Stack, Text } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import { OverviewCard } from '../../components/overview-card';
import { useT } from '../../i18n/use-t';
import { appErrorOf } from '../../data/api-failure';
import { useApiQuery } from '../../data/use-api-query';
import { goTo } from '../../navigation/navigate';

export function ErasureDueCard() {
  const t = useT();
  const query = useApiQuery('erasure:summary', {});
  const summary = query.data ?? null;
  const error = appErrorOf(query.error);

  return (
    <OverviewCard
      className="rp-erasure-card"
      title={t('erasureCard.title')}
      icon={<IconClockExclamation aria-hidden="true" />}
      data={summary}
      error={error}
      onRetry={() => void query.refetch()}
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
