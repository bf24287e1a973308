// A screen's change: `const save = useApiMutation('children:update')`, then
// `await save.run(input)`, which answers the envelope as the typed client does
// (never throws). On success the channel's effect (write-effects.ts) is applied
// before `run` resolves, so whatever the screen shows next is already fresh —
// or, for an erasure, already gone. Read channels that are actions (a reveal,
// an export) run here too and touch nothing.
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Envelope } from '../../../shared/envelope';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import { applyEffects } from './apply-effects';
import { invoke } from './invoke';
import { queryClient as appQueryClient } from './query-client';

/** Calls a channel and applies its effect on success; for code outside components. */
export async function runApi<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
  client: QueryClient = appQueryClient,
): Promise<Envelope<ChannelOutput<C>>> {
  const result = await invoke(channel, input);
  if (result.ok) await applyEffects(client, channel);
  return result;
}

export interface ApiMutation<C extends Channel> {
  run(input: ChannelInput<C>): Promise<Envelope<ChannelOutput<C>>>;
  /** True while a call is under way. */
  pending: boolean;
  /** The last call's answer while the component lives (a check's result, say); undefined before. */
  last: Envelope<ChannelOutput<C>> | undefined;
}

export function useApiMutation<C extends Channel>(channel: C): ApiMutation<C> {
  const client = useQueryClient();
  const mutation = useMutation<Envelope<ChannelOutput<C>>, Error, ChannelInput<C>>({
    mutationFn: (input) => runApi(channel, input, client),
  });
  const { mutateAsync } = mutation;
  const run = useCallback((input: ChannelInput<C>) => mutateAsync(input), [mutateAsync]);
  return { run, pending: mutation.isPending, last: mutation.data };
}
