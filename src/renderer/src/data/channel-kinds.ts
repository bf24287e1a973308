// Channels split by what they do to the database, read from the contract's
// `db` flag: 'read' channels may be cached, the rest change data.
import type { ChannelSpec, DbUse } from '../../../shared/ipc/channel';
import type { Channel, Contract } from '../../../shared/ipc/contract';

type DbOf<C extends Channel> = Contract[C] extends ChannelSpec<infer _I, infer _O, infer D> ? D : DbUse;

export type ReadChannel = { [C in Channel]: DbOf<C> extends 'read' ? C : never }[Channel];
export type WriteChannel = Exclude<Channel, ReadChannel>;
