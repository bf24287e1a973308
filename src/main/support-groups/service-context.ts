// What every support-group and children service gets: the database handle
// (the router's transaction), the clock and the signed-in user.
import { swedishDay } from '../../shared/dates';
import type { Clock } from '../app/clock';
import type { DbOrTrx } from '../db/schema/database';
import type { HandlerContext } from '../ipc/handler';
import { sessionOf } from '../ipc/handler';

export interface ServiceContext {
  db: DbOrTrx;
  clock: Clock;
  userId: number;
}

export const serviceContext = (ctx: HandlerContext): ServiceContext => ({
  db: ctx.db,
  clock: ctx.clock,
  userId: sessionOf(ctx).userId,
});

/** Today in Sweden, `YYYY-MM-DD`. */
export const today = (ctx: { clock: Clock }): string => swedishDay(ctx.clock.now());
export const nowIso = (ctx: { clock: Clock }): string => ctx.clock.now().toISOString();

/** SQLite keeps booleans as 0/1. */
export const flag = (value: boolean): 0 | 1 => (value ? 1 : 0);
