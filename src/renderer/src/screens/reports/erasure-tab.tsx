// Gallring: groups that are over and still hold children's data, then the
// two steps: hand the data back (encrypted packages), then erase.
import { Group, List, Stack, Text, Title } from '@mantine/core';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { useT } from '../../i18n/use-t';
import { useErasureStore } from '../../stores/erasure-store';
import { appErrorOf } from '../../data/api-failure';
import { useApiQuery } from '../../data/use-api-query';
import { EraseStep } from './erase-step';
import { ErasureGroupTable } from './erasure-group-table';
import { HandBackForm } from './handback-form';
import { SendToPartnerButton } from '../exchange/send-to-partner';
import { exchangeApi } from '../exchange/use-exchange';

export function ErasureTab() {
  const t = useT();
  const query = useApiQuery('erasure:overview', {});
  const overview = query.data ?? null;
  const error = appErrorOf(query.error);
  // Only groups still awaiting erasure count as chosen.
  const selected = useErasureStore((s) => s.selected).filter((id) =>
    overview?.groups.some((g) => g.groupId === id),
  );

  if (!overview) return error ? <ErrorAlert error={error} /> : <LoadingState label={t('common.loading')} />;
  const chosen = overview.groups.filter((g) => selected.includes(g.groupId));
  return (
    <Stack gap="lg">
      <Text>{t('erasure.intro', { days: overview.retentionDays })}</Text>
      <ErrorAlert error={error} />
      {overview.groups.length === 0 ? (
        <Text>{t('erasure.empty')}</Text>
      ) : (
        <>
          <ErasureGroupTable groups={overview.groups} />
          <Text size="sm" role="status">
            {t('erasure.selected', { count: selected.length })}
          </Text>
          <HandBackForm groupIds={chosen.map((g) => g.groupId)} />
          <Group>
            <SendToPartnerButton
              label={t('exchange.sendHandBack')}
              title={t('exchange.sendHandBackTitle')}
              intro={t('exchange.sendHandBackIntro')}
              disabled={chosen.length === 0}
              make={(partnerId, folder) => exchangeApi.makeHandBack(partnerId, selected, folder)}
            />
          </Group>
        </>
      )}
      <EraseStep chosen={chosen} />
      {overview.recent.length > 0 && (
        <Stack gap={4}>
          <Title order={2} size="h4">
            {t('erasure.recent')}
          </Title>
          <List size="sm">
            {overview.recent.map((r) => (
              <List.Item key={r.erasedAt}>
                {t('erasure.recentLine', {
                  date: r.erasedAt.slice(0, 10),
                  groups: r.groups,
                  enrolments: r.enrolments,
                  deleted: r.childrenDeleted,
                })}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Stack>
  );
}
