// The coordinator's attention list: enrolments paused by a withdrawn consent,
// and children about to start who have not passed the gate.
import { Stack, Table, Text, Title } from '@mantine/core';
import type { EnrolmentListItem } from '../../../../shared/ipc/support-groups';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { useT } from '../../i18n/use-t';
import { goTo } from '../../navigation/navigate';
import { useAttention } from './use-support-groups';

function Items({ items, label }: { items: EnrolmentListItem[]; label: string }) {
  const t = useT();
  return (
    <div className="sg-scroll">
      <Table withTableBorder striped aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('groupPage.child')}</Table.Th>
            <Table.Th>{t('childForm.district')}</Table.Th>
            <Table.Th>{t('childPage.programme')}</Table.Th>
            <Table.Th>{t('childPage.group')}</Table.Th>
            <Table.Th>{t('childPage.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td>
                <button
                  type="button"
                  className="sg-link-button"
                  onClick={() => goTo({ name: 'enrolment', id: e.id })}
                >
                  {e.childName}
                </button>
              </Table.Td>
              <Table.Td>{e.district}</Table.Td>
              <Table.Td>{e.programmeName}</Table.Td>
              <Table.Td>{e.groupName ?? '–'}</Table.Td>
              <Table.Td>{t(`enrolmentStatus.${e.status}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

export function AttentionList() {
  const t = useT();
  const { attention, error } = useAttention();

  if (!attention) return error ? <ErrorAlert error={error} /> : <LoadingState label={t('common.loading')} />;
  return (
    <Stack gap="lg">
      <section aria-labelledby="attention-paused">
        <Title order={2} size="h4" id="attention-paused">
          {t('attention.paused', { count: attention.paused.length })}
        </Title>
        <Text size="sm" mb="xs">
          {t('attention.pausedHint')}
        </Text>
        {attention.paused.length > 0 ? (
          <Items items={attention.paused} label={t('attention.pausedLabel')} />
        ) : (
          <Text size="sm">{t('attention.none')}</Text>
        )}
      </section>
      <section aria-labelledby="attention-not-ready">
        <Title order={2} size="h4" id="attention-not-ready">
          {t('attention.notReady', { count: attention.notReady.length })}
        </Title>
        <Text size="sm" mb="xs">
          {t('attention.notReadyHint')}
        </Text>
        {attention.notReady.length > 0 ? (
          <Items items={attention.notReady} label={t('attention.notReadyLabel')} />
        ) : (
          <Text size="sm">{t('attention.none')}</Text>
        )}
      </section>
    </Stack>
  );
}
