// The cache key of a read: the channel and its input, so two screens asking
// the same question share one answer. The entity kinds a key shows come from
// the channel (read-tags.ts), so invalidation by kind needs nothing else.
import type { ChannelInput } from '../../../shared/ipc/contract';
import { isCachedChannel, tagsOf, type CachedChannel } from './read-tags';
import type { EntityKind } from './entities';

export type ApiQueryKey<C extends CachedChannel = CachedChannel> = readonly ['api', C, ChannelInput<C>];

export function apiQueryKey<C extends CachedChannel>(channel: C, input: ChannelInput<C>): ApiQueryKey<C> {
  return ['api', channel, input];
}

/** The kinds a cached answer shows, from its key; none for a key this layer did not make. */
export function kindsOfKey(key: readonly unknown[]): readonly EntityKind[] {
  const [scope, channel] = key;
  if (scope !== 'api' || typeof channel !== 'string' || !isCachedChannel(channel)) return [];
  return tagsOf(channel);
}

/** Whether a cached answer shows any of `kinds`. */
export function showsAny(key: readonly unknown[], kinds: readonly EntityKind[]): boolean {
  return kindsOfKey(key).some((kind) => kinds.includes(kind));
}
