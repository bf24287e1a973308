import { swedishDay } from '../../shared/dates';
import type { Role } from '../../shared/roles';
import type { Clock } from '../app/clock';
import type { DbOrTrx } from '../db/schema/database';

export interface AgreementServiceContext {
  db: DbOrTrx;
  clock: Clock;
  userId: number;
  role: Role;
}

/** The users' calendar day (Swedish time), which deadlines are compared with. */
export const todayOf = (ctx: { clock: Clock }) => swedishDay(ctx.clock.now());

export const mustRedact = (ctx: { role: Role }) => ctx.role === 'viewer';
