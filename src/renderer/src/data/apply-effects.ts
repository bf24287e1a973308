// Applies a successful mutation's effect (write-effects.ts) to the cache:
// answers showing an erased kind lose their data at once (inactive ones are
// removed; active ones are reset, which empties them and fetches them afresh),
// then answers showing a changed kind are invalidated (active ones refetch).
import type { QueryClient } from '@tanstack/react-query';
import type { Channel } from '../../../shared/ipc/contract';
import type { EntityKind } from './entities';
import { queryClient } from './query-client';
import { showsAny } from './query-key';
import { effectOf } from './write-effects';

export async function applyEffects(client: QueryClient, channel: Channel): Promise<void> {
  const { changes, erases } = effectOf(channel);
  if (erases && erases.length > 0) {
    const predicate = (query: { queryKey: readonly unknown[] }) => showsAny(query.queryKey, erases);
    client.removeQueries({ type: 'inactive', predicate });
    await client.resetQueries({ predicate });
  }
  if (changes.length > 0) {
    // An answer already being fetched afresh (just reset) is not fetched twice.
    await client.invalidateQueries(
      { predicate: (query) => showsAny(query.queryKey, changes) },
      { cancelRefetch: false },
    );
  }
}

/** Refreshes what shows these kinds after a change main made on its own (a backup job that ended). */
export function refreshKinds(kinds: readonly EntityKind[], client: QueryClient = queryClient): Promise<void> {
  return client.invalidateQueries({ predicate: (query) => showsAny(query.queryKey, kinds) });
}
