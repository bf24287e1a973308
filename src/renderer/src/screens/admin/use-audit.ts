// The audit log's entries, through the server-data cache (data/): the page of
// the filter applied. Every change anywhere adds an entry, so the cache
// refreshes this list after each (data/write-effects.ts).
import type { AppError } from '../../../../shared/envelope';
import { appErrorOf } from '../../data/api-failure';
import { queryClient } from '../../data/query-client';
import { apiQueryKey } from '../../data/query-key';
import { fetchApi, useApiQuery } from '../../data/use-api-query';
import { auditPageSize, useAuditStore, type AuditFilterValues } from '../../stores/audit-store';

const listInput = (filter: AuditFilterValues, page: number) => ({
  ...filter,
  limit: auditPageSize,
  offset: (page - 1) * auditPageSize,
});

export function useAuditList() {
  const filter = useAuditStore((s) => s.filter);
  const page = useAuditStore((s) => s.page);
  const list = useApiQuery('audit:list', listInput(filter, page), { keepPrevious: true });
  return {
    entries: list.data?.entries ?? [],
    total: list.data?.total ?? 0,
    page,
    loaded: list.data !== undefined,
    loading: list.isFetching,
    error: appErrorOf(list.error),
  };
}

/** Applies a filter if main accepts it (e.g. its dates); returns main's refusal otherwise. */
export async function applyAuditFilter(filter: AuditFilterValues): Promise<AppError | null> {
  const input = listInput(filter, 1);
  try {
    await queryClient.fetchQuery({
      queryKey: apiQueryKey('audit:list', input),
      queryFn: () => fetchApi('audit:list', input),
    });
  } catch (error) {
    return appErrorOf(error);
  }
  useAuditStore.getState().setFilter(filter);
  return null;
}
