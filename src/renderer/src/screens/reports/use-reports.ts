// The Rapporter screen's reads, through the server-data cache (data/): the
// agreements to choose from and the report the user asked for.
import { appErrorOf } from '../../data/api-failure';
import { useApiQuery } from '../../data/use-api-query';
import { useReportsStore } from '../../stores/reports-store';

export function useReportAgreements() {
  const list = useApiQuery('reports:agreements', {});
  return { agreements: list.data ?? [], loaded: !list.isPending, error: appErrorOf(list.error) };
}

/** The report shown: the one asked for with "Visa rapport", kept fresh by the cache. */
export function useShownReport() {
  const shown = useReportsStore((s) => s.shown);
  const report = useApiQuery(
    'reports:get',
    shown ?? { scope: { kind: 'all' }, period: { kind: 'year', year: 0 }, kind: 'annual' },
    {
      enabled: shown !== null,
    },
  );
  return {
    report: report.data ?? null,
    loading: shown !== null && report.isFetching && !report.data,
    error: appErrorOf(report.error),
  };
}
