// The shape of `window.api`: one function per channel, grouped by domain and
// generated from the contract, e.g. `api.organisations.list({ query })`.
// Types only; shared by the preload, the renderer and the test bridge.
import type { Envelope } from '../shared/envelope';
import type { Channel, ChannelInput, ChannelOutput } from '../shared/ipc/contract';

type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;
type VerbOf<C extends string, D extends string> = C extends `${D}:${infer V}` ? V : never;

export type Domain = DomainOf<Channel>;

export type DomainApi<D extends Domain> = {
  [V in VerbOf<Channel, D>]: `${D}:${V}` extends infer C extends Channel
    ? (input: ChannelInput<C>) => Promise<Envelope<ChannelOutput<C>>>
    : never;
};

export interface ApiEvents {
  /** Main locked the app (OS lock screen, suspend, idle); returns an unsubscribe function. */
  onLocked(callback: () => void): () => void;
}

export type Api = { [D in Domain]: DomainApi<D> } & { events: ApiEvents };

/** The name under which the preload exposes the api in the renderer's main world. */
export const apiKey = 'api';
