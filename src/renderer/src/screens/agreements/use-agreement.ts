// The Överenskommelser screen's reads, through the server-data cache (data/):
// the filtered list and the open agreement (as of today or the chosen date).
import type { ChannelInput } from '../../../../shared/ipc/contract';
import { appErrorOf } from '../../data/api-failure';
import { useApiQuery } from '../../data/use-api-query';
import { useAgreementView, type AgreementFilterValues } from '../../stores/agreement-view-store';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function useAgreementList(f: AgreementFilterValues) {
  const list = useApiQuery(
    'agreements:list',
    {
      query: f.query,
      statuses: f.statuses,
      organisationId: f.organisationId,
      // Half-typed dates are left out rather than refused.
      periodFrom: isoDate.test(f.periodFrom) ? f.periodFrom : null,
      periodTo: isoDate.test(f.periodTo) ? f.periodTo : null,
      limit: 500,
    },
    { keepPrevious: true },
  );
  return { list: list.data, loading: list.isFetching, error: appErrorOf(list.error) };
}

/** The input that reads agreement `id` as in force on `asOf` (null: today). */
export const agreementInput = (id: number, asOf: string | null): ChannelInput<'agreements:get'> =>
  asOf ? { id, asOf } : { id };

/** The open agreement (the route's), as of the date chosen for it. */
export function useOpenAgreement() {
  const id = useAgreementView((s) => s.openId);
  const asOf = useAgreementView((s) => s.asOf);
  const one = useApiQuery('agreements:get', agreementInput(id ?? 0, asOf), {
    enabled: id !== null,
    // Another date of the same agreement stays on screen while it is fetched.
    keepPrevious: true,
  });
  const agreement = one.data && one.data.id === id ? one.data : null;
  return {
    agreement,
    asOf,
    loading: one.isPending && id !== null,
    error: appErrorOf(one.error),
    refetch: one.refetch,
  };
}
