// Applies a successful mutation's effect (write-effects.ts) to the cache:
// answers showing an erased kind lose their data at once (active ones are
// reset, which empties them and fetches them afresh); answers showing a
// changed kind that are on screen are fetched afresh before the change's
// promise resolves. Answers off screen that show either are removed, not kept
// stale: a screen reached again ("Tillbaka", Alt+←) never shows the old
// state, and nothing is read in the background that the user did not open
// (reads of personal data are audited as the user's).
import type { QueryClient } from '@tanstack/react-query';
import type { Channel } from '../../../shared/ipc/contract';
import type { EntityKind } from './entities';
import { queryClient } from './query-client';
import { showsAny } from './query-key';
import { effectOf } from './write-effects';

export async function applyEffects(client: QueryClient, channel: Channel): Promise<void> {
  const { changes, erases = [] } = effectOf(channel);
  const touched = [...changes, ...erases];
  if (touched.length === 0) return;
  client.removeQueries({ type: 'inactive', predicate: (query) => showsAny(query.queryKey, touched) });
  if (erases.length > 0)
    await client.resetQueries({ predicate: (query) => showsAny(query.queryKey, erases) });
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
