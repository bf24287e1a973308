// The organisation register's reads, through the server-data cache (data/):
// the searched list in Swedish order, and one organisation.
import { useMemo } from 'react';
import type { OrganisationSummary } from '../../../../shared/ipc/organisations';
import { appErrorOf } from '../../data/api-failure';
import { useApiQuery } from '../../data/use-api-query';

/** The register screen shows at most this many (by name); a search finds the rest. */
export const organisationListLimit = 500;

/** Swedish alphabetical order (å, ä, ö last; "Grupp 2" before "Grupp 10"). */
const swedishNames = new Intl.Collator('sv', { numeric: true });
export const byName = (a: { name: string }, b: { name: string }) => swedishNames.compare(a.name, b.name);

export function useOrganisationList(query: string) {
  const list = useApiQuery(
    'organisations:list',
    { query, limit: organisationListLimit },
    { keepPrevious: true },
  );
  const items = useMemo<OrganisationSummary[] | undefined>(() => list.data?.toSorted(byName), [list.data]);
  return { items, loading: list.isFetching, error: appErrorOf(list.error) };
}

/** The organisation `id`; none while `id` is null. */
export function useOrganisation(id: number | null) {
  const one = useApiQuery('organisations:get', { id: id ?? 0 }, { enabled: id !== null });
  return {
    organisation: one.data ?? null,
    loading: one.isPending && id !== null,
    error: appErrorOf(one.error),
    refetch: one.refetch,
  };
}
