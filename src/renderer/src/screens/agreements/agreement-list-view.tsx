// Search (full text) with filters by status, party and period, the count, and
// the virtualised list; "Ny överenskommelse" for those who may draft.
import { Button, Group, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { memo, useCallback, useMemo } from 'react';
import { statusLabels } from '../../../../shared/agreements/labels';
import { agreementStatuses, type AgreementStatus } from '../../../../shared/agreements/model';
import type { AgreementFilterValues } from '../../stores/agreement-view-store';
import type { Role } from '../../../../shared/roles';
import { mayCall } from '../../api/access';
import { searchWaitMs } from '../../components/search-wait';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { PageTitle } from '../../components/page-title';
import { useLanguage, useT } from '../../i18n/use-t';
import { goTo } from '../../navigation/navigate';
import { useAgreementView } from '../../stores/agreement-view-store';
import { useAgreementList } from './use-agreement';
import { AgreementTable } from './agreement-table';

const datePattern = /^$|^\d{4}-\d{2}-\d{2}$/;
const swedish = new Intl.Collator('sv');

export function AgreementListView({ role }: { role: Role }) {
  const t = useT();
  const filter = useAgreementView((s) => s.filter);
  const setFilter = useAgreementView((s) => s.setFilter);
  const [debounced] = useDebouncedValue(filter, searchWaitMs);
  const { list, loading, error } = useAgreementList(debounced);
  const items = useMemo(() => list?.items ?? [], [list]);
  const total = list?.total ?? 0;
  const loaded = list !== undefined;
  const canCreate = mayCall('agreements:createFromTemplate', role);
  const openById = useCallback((id: number) => goTo({ name: 'agreement', id, tab: 'summary' }), []);

  // Parties to filter by: those of the agreements seen (every role may see these names).
  const partyOptions = useMemo(() => {
    const names = new Map<number, string>();
    for (const item of items) for (const p of item.parties) names.set(p.organisationId, p.name);
    return [...names]
      .sort((a, b) => swedish.compare(a[1], b[1]))
      .map(([id, name]) => ({ value: String(id), label: name }));
  }, [items]);

  const count =
    total === items.length
      ? total === 1
        ? t('agreements.countOne')
        : t('agreements.countMany', { count: total })
      : t('agreements.countShown', { shown: items.length, count: total });
  const filtered =
    filter.query.trim() !== '' ||
    filter.statuses.length > 0 ||
    filter.organisationId !== null ||
    filter.periodFrom !== '' ||
    filter.periodTo !== '';

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <PageTitle>{t('agreements.title')}</PageTitle>
        {canCreate && (
          <Button
            leftSection={<IconPlus size={16} aria-hidden="true" />}
            onClick={() => goTo({ name: 'agreementNew' })}
          >
            {t('agreements.new')}
          </Button>
        )}
      </Group>
      <Group align="flex-start" gap="md" wrap="wrap" role="search" aria-label={t('agreements.searchRegion')}>
        <TextInput
          label={t('agreements.search')}
          description={t('agreements.searchHint')}
          type="search"
          value={filter.query}
          onChange={(e) => setFilter({ query: e.currentTarget.value })}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          w={340}
          maw="100%"
          autoComplete="off"
        />
        <OtherFilters
          statuses={filter.statuses}
          organisationId={filter.organisationId}
          periodFrom={filter.periodFrom}
          periodTo={filter.periodTo}
          partyOptions={partyOptions}
        />
      </Group>
      <ErrorAlert error={error} />
      <Text role="status" size="sm" fw={600}>
        {loaded ? count : ''}
      </Text>
      {!loaded && loading ? (
        <LoadingState label={t('common.loading')} />
      ) : items.length > 0 ? (
        <AgreementTable items={items} onOpen={openById} />
      ) : loaded && !error ? (
        <Text>
          {filtered
            ? t('agreements.noMatch')
            : `${t('agreements.empty')} ${canCreate ? t('agreements.emptyWriter') : ''}`}
        </Text>
      ) : null}
    </Stack>
  );
}

type OtherFilterProps = Pick<
  AgreementFilterValues,
  'statuses' | 'organisationId' | 'periodFrom' | 'periodTo'
> & {
  partyOptions: { value: string; label: string }[];
};

/**
 * Status, party and period: memoised, so a keystroke in the search field does
 * not re-render these (the party list can hold thousands of names).
 */
const OtherFilters = memo(function OtherFilters({
  statuses,
  organisationId,
  periodFrom,
  periodTo,
  partyOptions,
}: OtherFilterProps) {
  const t = useT();
  const language = useLanguage();
  const setFilter = useAgreementView((s) => s.setFilter);
  const filter = { statuses, organisationId, periodFrom, periodTo };
  return (
    <>
      <MultiSelect
        label={t('agreements.filterStatus')}
        description={t('agreements.filterStatusHint')}
        data={agreementStatuses.map((s) => ({ value: s, label: statusLabels[language][s] }))}
        value={filter.statuses}
        onChange={(value) => setFilter({ statuses: value as AgreementStatus[] })}
        clearable
        w={260}
      />
      <Select
        label={t('agreements.filterParty')}
        description={t('agreements.filterPartyHint')}
        data={partyOptions}
        value={filter.organisationId === null ? null : String(filter.organisationId)}
        onChange={(value) => setFilter({ organisationId: value === null ? null : Number(value) })}
        searchable
        clearable
        w={260}
      />
      <TextInput
        label={t('agreements.filterFrom')}
        description={t('agreements.dateFormat')}
        value={filter.periodFrom}
        onChange={(e) => setFilter({ periodFrom: e.currentTarget.value.trim() })}
        error={datePattern.test(filter.periodFrom) ? undefined : t('agreements.dateHint')}
        w={150}
        autoComplete="off"
      />
      <TextInput
        label={t('agreements.filterTo')}
        description={t('agreements.dateFormat')}
        value={filter.periodTo}
        onChange={(e) => setFilter({ periodTo: e.currentTarget.value.trim() })}
        error={datePattern.test(filter.periodTo) ? undefined : t('agreements.dateHint')}
        w={150}
        autoComplete="off"
      />
    </>
  );
});
