// Search, count and the virtualised list; "Ny organisation" for those who may write.
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { searchWaitMs } from '../../components/search-wait';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { PageTitle } from '../../components/page-title';
import { useT } from '../../i18n/use-t';
import { goTo } from '../../navigation/navigate';
import { useListFilters } from '../../stores/list-filters-store';
import { organisationListLimit, useOrganisationList } from './use-organisations';
import { OrganisationTable } from './organisation-table';

export function OrganisationListView({ canWrite }: { canWrite: boolean }) {
  const t = useT();
  const query = useListFilters((s) => s.organisationQuery);
  const setFilters = useListFilters((s) => s.set);
  const setQuery = (organisationQuery: string) => setFilters({ organisationQuery });
  const [debouncedQuery] = useDebouncedValue(query, searchWaitMs);
  const list = useOrganisationList(debouncedQuery);
  const items = list.items ?? [];
  const { loading, error } = list;
  // The query the shown items answer; null before the first answer.
  const loadedQuery = list.items === undefined ? null : debouncedQuery;

  const count =
    items.length >= organisationListLimit
      ? t('organisations.countFirst', { count: items.length })
      : items.length === 1
        ? t('organisations.countOne')
        : t('organisations.countMany', { count: items.length });

  return (
    <Stack gap="md">
      <PageTitle>{t('organisations.title')}</PageTitle>
      <Group justify="space-between" align="flex-end">
        <TextInput
          label={t('organisations.search')}
          description={t('organisations.searchHint')}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          w={420}
          maw="100%"
          autoComplete="off"
        />
        {canWrite && (
          <Group>
            <Button variant="default" onClick={() => goTo({ name: 'import', kind: 'organisations' })}>
              {t('import.button')}
            </Button>
            <Button
              leftSection={<IconPlus size={16} aria-hidden="true" />}
              onClick={() => goTo({ name: 'organisationNew' })}
            >
              {t('organisations.new')}
            </Button>
          </Group>
        )}
      </Group>
      <ErrorAlert error={error} />
      <Text role="status" size="sm" fw={600}>
        {loadedQuery === null ? '' : count}
      </Text>
      {loadedQuery === null && loading ? (
        <LoadingState label={t('common.loading')} />
      ) : items.length > 0 ? (
        <OrganisationTable items={items} onOpen={(id) => goTo({ name: 'organisation', id })} />
      ) : loadedQuery !== null && !error ? (
        <Text>
          {loadedQuery === ''
            ? `${t('organisations.empty')} ${canWrite ? t('organisations.emptyWriter') : ''}`
            : t('organisations.noMatch')}
        </Text>
      ) : null}
    </Stack>
  );
}
