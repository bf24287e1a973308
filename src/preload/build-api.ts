// Builds the nested `window.api` object from the list of channel names. Each
// function can only call its own channel: there is no open-ended invoke.
import type { Api } from './api-types';

export type Invoke = (channel: string, input: unknown) => Promise<unknown>;

export function buildApi(channelNames: readonly string[], invoke: Invoke, events: Api['events']): Api {
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const channel of channelNames) {
    const [domain, verb] = channel.split(':') as [string, string];
    api[domain] ??= {};
    api[domain][verb] = (input: unknown) => invoke(channel, input ?? {});
  }
  for (const group of Object.values(api)) Object.freeze(group);
  return Object.freeze({ ...api, events }) as unknown as Api;
}
