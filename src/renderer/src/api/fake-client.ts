// A fake `window.api` for store tests: answers from a table of handlers per
// channel, records every call, and fails loudly on a channel nobody stubbed.
import { buildApi } from '../../../preload/build-api';
import { fail, ok, type Envelope } from '../../../shared/envelope';
import { channels, type Channel, type ChannelInput, type ChannelOutput } from '../../../shared/ipc/contract';
import type { ApiClient } from './client';

export type FakeHandlers = {
  [C in Channel]?: (
    input: ChannelInput<C>,
  ) => Envelope<ChannelOutput<C>> | Promise<Envelope<ChannelOutput<C>>>;
};

export interface FakeClient {
  api: ApiClient;
  calls: { channel: string; input: unknown }[];
  /** Tells the renderer that main locked (as the preload's event would). */
  fireLocked(): void;
}

export function fakeClient(handlers: FakeHandlers): FakeClient {
  const calls: { channel: string; input: unknown }[] = [];
  const listeners = new Set<() => void>();
  const api = buildApi(
    channels,
    async (channel, input) => {
      calls.push({ channel, input });
      const handler = handlers[channel as Channel] as ((input: unknown) => unknown) | undefined;
      if (!handler) return fail({ code: 'internal', message: `no fake for ${channel}` });
      return handler(input);
    },
    {
      onLocked(callback) {
        listeners.add(callback);
        return () => listeners.delete(callback);
      },
    },
  );
  return { api, calls, fireLocked: () => listeners.forEach((l) => l()) };
}

export { fail, ok };
