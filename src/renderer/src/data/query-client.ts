// The one QueryClient holding the renderer's server data. Main is a local
// process, not a network: nothing waits for "online", nothing refetches on
// window focus or reconnect, and a refusal is an answer, never retried. An
// answer is refetched whenever a screen mounts it (cheap over IPC, and it keeps
// screens true to data changed elsewhere); mutations refresh what they touched
// in between (write-effects.ts). Unused answers leave memory after a minute.
import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        networkMode: 'always',
        staleTime: 0,
        gcTime: 60_000,
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
      mutations: { networkMode: 'always', retry: false, gcTime: 0 },
    },
  });
}

export const queryClient = createQueryClient();

/**
 * Drops every cached answer and mutation (with their inputs) from memory:
 * on lock, sign-out and sign-in. Observers left behind refetch when mounted again.
 */
export function clearCache(client: QueryClient = queryClient): void {
  void client.cancelQueries();
  client.clear();
}
