// Search by name or identity number, filter by district, and the virtualised
// list. Protected identity shows as a badge; its details are never in the list.
import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { searchWaitMs } from '../../components/search-wait';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { PageTitle } from '../../components/page-title';
import { useT } from '../../i18n/use-t';
import { goTo } from '../../navigation/navigate';
import { useListFilters } from '../../stores/list-filters-store';
import { ChildTable } from './child-table';
import { OpenPackageButton } from '../exchange/open-package';
import { PackageListButton } from '../exchange/package-list';
import { useChildList, useDistricts } from './use-children';

export function ChildList({ canWrite, canOpenPackages }: { canWrite: boolean; canOpenPackages: boolean }) {
  const t = useT();
  const query = useListFilters((s) => s.childQuery);
  const district = useListFilters((s) => s.childDistrict);
  const setFilters = useListFilters((s) => s.set);
  const setQuery = (childQuery: string) => setFilters({ childQuery });
  const setDistrict = (childDistrict: string) => setFilters({ childDistrict });
  const [debounced] = useDebouncedValue(query, searchWaitMs);
  const districts = useDistricts();
  const list = useChildList(debounced, district);
  const items = list.items ?? [];
  const loaded = list.items !== undefined;
  const { loading, error } = list;

  return (
    <Stack gap="md">
      <PageTitle>{t('children.title')}</PageTitle>
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <TextInput
            label={t('children.search')}
            description={t('children.searchHint')}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            leftSection={<IconSearch size={16} aria-hidden="true" />}
            w={360}
            maw="100%"
            autoComplete="off"
          />
          <NativeSelect
            label={t('children.district')}
            value={district}
            onChange={(e) => setDistrict(e.currentTarget.value)}
            data={[
              { value: '', label: t('children.allDistricts') },
              ...districts.map((d) => ({ value: d, label: d })),
            ]}
          />
        </Group>
        {canWrite && (
          <Group>
            <Button variant="default" onClick={() => goTo({ name: 'import', kind: 'children' })}>
              {t('import.button')}
            </Button>
            {canOpenPackages && <PackageListButton />}
            {canOpenPackages && <OpenPackageButton />}
            <Button
              leftSection={<IconPlus size={16} aria-hidden="true" />}
              onClick={() => goTo({ name: 'childNew' })}
            >
              {t('children.new')}
            </Button>
          </Group>
        )}
      </Group>
      <ErrorAlert error={error} />
      <Text role="status" size="sm" fw={600}>
        {loaded
          ? items.length === 1
            ? t('children.countOne')
            : t('children.countMany', { count: items.length })
          : ''}
      </Text>
      {!loaded && loading ? (
        <LoadingState label={t('common.loading')} />
      ) : items.length > 0 ? (
        <ChildTable items={items} onOpen={(id) => goTo({ name: 'child', id })} />
      ) : loaded && !error ? (
        <Text>{query || district ? t('children.noMatch') : t('children.empty')}</Text>
      ) : null}
    </Stack>
  );
}
