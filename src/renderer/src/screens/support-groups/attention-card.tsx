// The support-group card on Översikt: enrolments paused by a withdrawn
// consent, and children about to start without consent or notice in place.
import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useT } from '../../i18n/use-t';
import { useEnrolmentsStore } from '../../stores/enrolments-store';
import { useNavigationStore } from '../../stores/navigation-store';
import { useSupportGroupsStore } from '../../stores/support-groups-store';

export function SupportGroupsAttentionCard() {
  const t = useT();
  const attention = useEnrolmentsStore((s) => s.attention);

  useEffect(() => {
    void useEnrolmentsStore.getState().loadAttention();
  }, []);

  if (!attention) return null;
  const paused = attention.paused.length;
  const notReady = attention.notReady.length;
  return (
    <Alert
      color={paused > 0 ? 'red' : notReady > 0 ? 'orange' : 'gray'}
      variant="light"
      title={t('attentionCard.title')}
      icon={<IconUsersGroup aria-hidden="true" />}
    >
      <Stack gap={6} align="flex-start">
        {paused > 0 && <Text size="sm">{t('attentionCard.paused', { count: paused })}</Text>}
        {notReady > 0 && <Text size="sm">{t('attentionCard.notReady', { count: notReady })}</Text>}
        {paused + notReady === 0 && <Text size="sm">{t('attentionCard.none')}</Text>}
        {paused + notReady > 0 && (
          <Button
            size="xs"
            variant="white"
            onClick={() => {
              useSupportGroupsStore.getState().setTab('attention');
              useEnrolmentsStore.getState().close();
              useSupportGroupsStore.getState().closeGroup();
              useNavigationStore.getState().go('supportGroups');
            }}
          >
            {t('attentionCard.open')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
