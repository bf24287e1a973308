// The one context every service gets: the database handle (inside the
// router's transaction for a channel call), the clock and the signed-in user.
// Services that only read take ServiceContext<ReadDb>; a write context is one
// too, so a writer may call them.
import { swedishDay, type IsoDate } from '../../shared/dates';
import type { Role } from '../../shared/roles';
import type { Clock } from '../base/clock';
import type { ReadDb, WriteDb } from '../db/handles';

export interface ServiceUser {
  id: number;
  role: Role;
}

export interface ServiceContext<D extends ReadDb = WriteDb> {
  db: D;
  clock: Clock;
  user: ServiceUser;
}

/** The users' calendar day (Swedish time), `YYYY-MM-DD`, which deadlines are compared with. */
export const today = (ctx: { clock: Clock }): IsoDate => swedishDay(ctx.clock.now());
export const nowIso = (ctx: { clock: Clock }): string => ctx.clock.now().toISOString();

/** A viewer sees agreements with personal details redacted. */
export const mustRedact = (ctx: { user: { role: Role } }): boolean => ctx.user.role === 'viewer';
