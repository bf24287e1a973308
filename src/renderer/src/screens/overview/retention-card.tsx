// The card on Översikt for the retention rules beside gallring: waiting
// entries that never led to a place, and children without an enrolment, each
// with how many are overdue and due within two weeks, and a confirmed way to
// erase those whose day has come. A failed call shows as a failed card.
import { Button, Stack, Text } from '@mantine/core';
import { IconTrashX } from '@tabler/icons-react';
import { useState } from 'react';
import type { RetentionRule } from '../../../../shared/erasure/retention-rules';
import { OverviewCard } from '../../components/overview-card';
import { useT } from '../../i18n/use-t';
import { appErrorOf } from '../../data/api-failure';
import { useApiQuery } from '../../data/use-api-query';
import { RetentionEraseModal } from './retention-erase-modal';

export function RetentionCard() {
  const t = useT();
  const query = useApiQuery('retention:summary', {});
  const summary = query.data ?? null;
  const error = appErrorOf(query.error);
  const [erasing, setErasing] = useState<RetentionRule | null>(null);

  return (
    <>
      <OverviewCard
        title={t('retentionCard.title')}
        icon={<IconTrashX aria-hidden="true" />}
        data={summary}
        error={error}
        onRetry={() => void query.refetch()}
        color={(s) => {
          const overdue = s.waitingEntries.overdue + s.childrenWithoutEnrolment.overdue;
          const due = s.waitingEntries.due + s.childrenWithoutEnrolment.due;
          return overdue > 0 ? 'red' : due > 0 ? 'yellow' : 'gray';
        }}
      >
        {(s) => (
          <Stack gap="xs" align="flex-start">
            {(['waitingEntries', 'childrenWithoutEnrolment'] as const).map((rule) => {
              const c = s[rule];
              return (
                <div key={rule}>
                  <Text size="sm" fw={600}>
                    {t(`retentionCard.${rule}`)}
                  </Text>
                  <Text size="sm">
                    {c.overdue + c.due === 0
                      ? t('retentionCard.nothingDue')
                      : t('retentionCard.counts', { overdue: c.overdue, due: c.due })}
                  </Text>
                  {c.overdue > 0 && (
                    <Button size="xs" mt={4} variant="white" onClick={() => setErasing(rule)}>
                      {t(`retentionCard.erase.${rule}`)}
                    </Button>
                  )}
                </div>
              );
            })}
            <Text size="xs">
              {t('retentionCard.rules', {
                waiting: s.settings.waitingEntryDays,
                stale: s.settings.staleAfterDays,
                children: s.settings.childWithoutEnrolmentDays,
              })}
            </Text>
          </Stack>
        )}
      </OverviewCard>
      <RetentionEraseModal rule={erasing} onClose={() => setErasing(null)} />
    </>
  );
}
