// The Barn screen's reads, through the server-data cache (data/): the list as
// searched, the districts to filter by, and one child.
import { useApiQuery } from '../../data/use-api-query';
import { appErrorOf } from '../../data/api-failure';

export function useChildList(query: string, district: string) {
  const list = useApiQuery('children:list', { query, district }, { keepPrevious: true });
  return { items: list.data, loading: list.isFetching, error: appErrorOf(list.error) };
}

export function useDistricts(): string[] {
  return useApiQuery('children:districts', {}).data ?? [];
}

/** The child `id`; none while `id` is null. */
export function useChild(id: number | null) {
  const child = useApiQuery('children:get', { id: id ?? 0 }, { enabled: id !== null });
  return {
    child: child.data ?? null,
    loading: child.isPending && id !== null,
    error: appErrorOf(child.error),
  };
}
