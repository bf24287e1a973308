// Search, count and the virtualised list; "Ny organisation" for those who may write.
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useEffect } from 'react';
import { searchWaitMs } from '../../components/search-wait';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { PageTitle } from '../../components/page-title';
import { useT } from '../../i18n/use-t';
import { goTo } from '../../navigation/navigate';
import { organisationListLimit, useOrganisationsStore } from '../../stores/organisations-store';
import { OrganisationTable } from './organisation-table';

export function OrganisationListView({ canWrite }: { canWrite: boolean }) {
  const t = useT();
  const query = useOrganisationsStore((s) => s.query);
  const setQuery = useOrganisationsStore((s) => s.setQuery);
  const items = useOrganisationsStore((s) => s.items);
  const loadedQuery = useOrganisationsStore((s) => s.loadedQuery);
  const loading = useOrganisationsStore((s) => s.listLoading);
  const error = useOrganisationsStore((s) => s.listError);
  const load = useOrganisationsStore((s) => s.load);
  const [debouncedQuery] = useDebouncedValue(query, searchWaitMs);

  useEffect(() => {
    void load(debouncedQuery);
  }, [debouncedQuery, load]);

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
