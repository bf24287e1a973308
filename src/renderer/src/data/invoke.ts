// Calls one channel by name through the typed client (api/client.ts), so the
// cache can run any channel from its key. Answers are envelopes, as everywhere.
import type { Envelope } from '../../../shared/envelope';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import { call, type ApiClient } from '../api/client';

type AnyEndpoint = (input: unknown) => Promise<Envelope<unknown>>;

export function invoke<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<Envelope<ChannelOutput<C>>> {
  const [domain, verb] = channel.split(':') as [string, string];
  return call((api: ApiClient) => {
    const endpoint = (api as unknown as Record<string, Record<string, AnyEndpoint>>)[domain]![verb]!;
    return endpoint(input) as Promise<Envelope<ChannelOutput<C>>>;
  });
}
