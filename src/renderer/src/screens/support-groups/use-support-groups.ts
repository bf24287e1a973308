// The Stödgrupper screen's reads, through the server-data cache (data/):
// programmes, groups, one group, one enrolment, the waiting list, what needs
// attention and the feedback log. Changes go through useApiMutation in the
// forms; the cache refreshes these by entity (data/write-effects.ts).
import type { GroupStatus } from '../../../../shared/support-groups/vocabulary';
import { appErrorOf } from '../../data/api-failure';
import { useApiQuery } from '../../data/use-api-query';

/** The programme tab shows at most this many (by name); a search finds the rest. */
export const programmeListLimit = 100;

/** Every programme, for the forms that choose one. */
export function useProgrammes() {
  const list = useApiQuery('programmes:list', { agreementId: null });
  return { programmes: list.data ?? [], loaded: list.data !== undefined, error: appErrorOf(list.error) };
}

/** The programme tab's list: the first `programmeListLimit` matching `query`. */
export function useProgrammeList(query: string) {
  const list = useApiQuery(
    'programmes:list',
    { agreementId: null, query, limit: programmeListLimit },
    { keepPrevious: true },
  );
  return { programmes: list.data ?? [], loaded: list.data !== undefined, error: appErrorOf(list.error) };
}

/** How many programmes exist (the group list offers "Ny grupp" when any does); null until known. */
export function useProgrammeCount(): number | null {
  return useApiQuery('programmes:count', {}).data?.count ?? null;
}

export function useGroups(status: GroupStatus | null = null) {
  const list = useApiQuery('supportGroups:list', { programmeId: null, status }, { keepPrevious: true });
  return { groups: list.data ?? [], loaded: list.data !== undefined, error: appErrorOf(list.error) };
}

/** The group `id`; none while `id` is null. */
export function useGroup(id: number | null) {
  const group = useApiQuery('supportGroups:get', { id: id ?? 0 }, { enabled: id !== null });
  return {
    group: group.data ?? null,
    loading: group.isPending && id !== null,
    error: appErrorOf(group.error),
  };
}

/** The enrolment `id`; none while `id` is null. */
export function useEnrolment(id: number | null) {
  const enrolment = useApiQuery('enrolments:get', { id: id ?? 0 }, { enabled: id !== null });
  return {
    enrolment: enrolment.data ?? null,
    loading: enrolment.isPending && id !== null,
    error: appErrorOf(enrolment.error),
  };
}

export function useWaitingList() {
  const list = useApiQuery('enrolments:waitingList', { programmeId: null });
  return { waiting: list.data ?? [], loaded: list.data !== undefined, error: appErrorOf(list.error) };
}

export function useAttention() {
  const list = useApiQuery('enrolments:attention', {});
  return { attention: list.data ?? null, error: appErrorOf(list.error), refetch: list.refetch };
}

export function useFeedback() {
  const list = useApiQuery('feedback:list', { agreementId: null });
  return { feedback: list.data ?? [], loaded: list.data !== undefined, error: appErrorOf(list.error) };
}
