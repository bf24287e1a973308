// A screen's read: `useApiQuery('children:get', { id })`. The answer is cached
// under the channel and input (query-key.ts) and tagged with the kinds the
// channel shows, so a mutation of any of them refreshes it. A refusal becomes
// the query's error (api-failure.ts: appErrorOf gives the AppError back).
import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import { ApiFailure } from './api-failure';
import { invoke } from './invoke';
import { apiQueryKey } from './query-key';
import type { CachedChannel } from './read-tags';

export interface ApiQueryOptions {
  /** False: wait (e.g. until an id is known). */
  enabled?: boolean;
  /** Keep showing the previous input's answer while a new one loads (a search as one types). */
  keepPrevious?: boolean;
  /** Asks main again every so many milliseconds while the screen shows it (what main may change on its own). */
  refetchInterval?: number;
}

export async function fetchApi<C extends CachedChannel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await invoke(channel, input);
  if (!result.ok) throw new ApiFailure(result.error);
  return result.value;
}

export function useApiQuery<C extends CachedChannel>(
  channel: C,
  input: ChannelInput<C>,
  options: ApiQueryOptions = {},
): UseQueryResult<ChannelOutput<C>, ApiFailure> {
  return useQuery<ChannelOutput<C>, ApiFailure>({
    queryKey: apiQueryKey(channel, input),
    queryFn: () => fetchApi(channel, input),
    enabled: options.enabled ?? true,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
    refetchInterval: options.refetchInterval,
  });
}
