// The support-group card on Översikt: enrolments paused by a withdrawn
// consent, and children about to start without consent or notice in place.
// A failed call shows as a failed card (OverviewCard), never as no card.
import { Button, Stack, Text } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { OverviewCard } from '../../components/overview-card';
import { useT } from '../../i18n/use-t';
import { useAttention } from './use-support-groups';
import { goTo } from '../../navigation/navigate';

export function SupportGroupsAttentionCard() {
  const t = useT();
  const { attention, error, refetch } = useAttention();

  return (
    <OverviewCard
      title={t('attentionCard.title')}
      icon={<IconUsersGroup aria-hidden="true" />}
      data={attention}
      error={error}
      onRetry={() => void refetch()}
      color={(a) => (a.paused.length > 0 ? 'red' : a.notReady.length > 0 ? 'orange' : 'gray')}
    >
      {(a) => {
        const paused = a.paused.length;
        const notReady = a.notReady.length;
        return (
          <Stack gap={6} align="flex-start">
            {paused > 0 && <Text size="sm">{t('attentionCard.paused', { count: paused })}</Text>}
            {notReady > 0 && <Text size="sm">{t('attentionCard.notReady', { count: notReady })}</Text>}
            {paused + notReady === 0 && <Text size="sm">{t('attentionCard.none')}</Text>}
            {paused + notReady > 0 && (
              <Button
                size="xs"
                variant="white"
                onClick={() => goTo({ name: 'supportGroups', tab: 'attention' })}
              >
                {t('attentionCard.open')}
              </Button>
            )}
          </Stack>
        );
      }}
    </OverviewCard>
  );
}
