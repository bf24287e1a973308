// What a handler is: the service call behind one channel, and what the audit
// entry records about it. Handlers get a context with the database handle
// (a transaction for session channels), the clock and the session.
import type { Channel, ChannelOutput, ChannelParsedInput } from '../../shared/ipc/contract';
import type { Session } from '../../shared/ipc/installation';
import type { Clock } from '../base/clock';
import type { Installation } from '../app/installation';
import type { DbOrTrx } from '../db/schema/database';
import type { FilePickers } from '../files/file-pickers';

export interface HandlerContext {
  installation: Installation;
  clock: Clock;
  /** The signed-in user; null only on public channels. */
  session: Session | null;
  /** Inside the channel's transaction for session channels. */
  db: DbOrTrx;
  /** The operating system's file dialogs. */
  pickers: FilePickers;
}

export interface AuditSpec<C extends Channel> {
  entityType: string;
  entityId?: (input: ChannelParsedInput<C>, output: ChannelOutput<C> | undefined) => string | number | null | undefined;
}

export interface HandlerDef<C extends Channel> {
  run(ctx: HandlerContext, input: ChannelParsedInput<C>): Promise<ChannelOutput<C>>;
  /** null: not audited (reads nothing personal, e.g. the lock screen status). */
  audit: AuditSpec<C> | null;
  /** Session channels run in one transaction with their audit entry unless this is false. */
  transaction?: boolean;
}

export type Handlers = { [C in Channel]: HandlerDef<C> };

/** Helper that keeps the channel's types when defining one handler. */
export const handler = <C extends Channel>(_channel: C, def: HandlerDef<C>): HandlerDef<C> => def;

export function sessionOf(ctx: HandlerContext): Session {
  if (!ctx.session) throw new Error('handler needs a session');
  return ctx.session;
}
