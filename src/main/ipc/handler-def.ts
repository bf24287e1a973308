// What a handler is: the service call behind one channel, and what the audit
// entry records about it. Handlers get a context with the database handle
// (a transaction for session channels), the clock, the session and the
// ServiceContext the router built for this call. A channel whose contract
// says `db: 'read'` gets a ReadDb, so its handler cannot write.
import type { Channel, ChannelOutput, ChannelParsedInput, Contract } from '../../shared/ipc/contract';
import type { Session } from '../../shared/ipc/installation';
import type { BackupRuntime } from '../backup/backup-runtime';
import type { Clock } from '../base/clock';
import type { Installation } from '../installation/installation';
import type { ServiceContext } from '../context/service-context';
import type { ReadDb, WriteDb } from '../db/handles';
import type { FilePickers } from '../files/file-pickers';

/** The handle the channel's contract declares. */
export type ChannelDb<C extends Channel> = Contract[C] extends { db?: 'read' } ? ReadDb : WriteDb;

export interface HandlerContext<D extends ReadDb = WriteDb> {
  installation: Installation;
  /** The app's backup jobs and schedule, built in createApp. */
  backup: BackupRuntime;
  clock: Clock;
  /** The signed-in user; null only on public channels. */
  session: Session | null;
  /** Inside the channel's transaction for session channels. */
  db: D;
  /** What services get: the same handle, the clock and the user. Only on calls with a session. */
  service: ServiceContext<D>;
  /** The operating system's file dialogs. */
  pickers: FilePickers;
}

export interface AuditSpec<C extends Channel> {
  entityType: string;
  entityId?: (input: ChannelParsedInput<C>, output: ChannelOutput<C> | undefined) => string | number | null | undefined;
}

export interface HandlerDef<C extends Channel> {
  /** A property, not a method, so its parameters are checked strictly: a handler typed for a WriteDb does not fit a read channel. */
  run: (ctx: HandlerContext<ChannelDb<C>>, input: ChannelParsedInput<C>) => Promise<ChannelOutput<C>>;
  /** null: not audited (reads nothing personal, e.g. the lock screen status). */
  audit: AuditSpec<C> | null;
  /** Session channels run in one transaction with their audit entry unless this is false. */
  transaction?: boolean;
}

export type Handlers = { [C in Channel]: HandlerDef<C> };

/** Helper that keeps the channel's types when defining one handler. */
export const handler = <C extends Channel>(_channel: C, def: HandlerDef<C>): HandlerDef<C> => def;
