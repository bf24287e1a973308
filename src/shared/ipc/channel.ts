// The shape of one IPC channel: its zod schemas and who may call it.
// Main enforces `access`; the renderer only uses it to hide what it can't do.
import type { z } from 'zod';
import type { Role } from '../roles';

export type Access =
  /** Callable while locked (setup, unlock). */
  | { kind: 'public' }
  /** Needs an unlocked session with one of `roles`. */
  | { kind: 'session'; roles: readonly Role[]; whilePasswordChangeRequired?: boolean };

/**
 * The database handle main gives the channel's handler: 'read' only queries,
 * 'write' (the default) may change data. Both are the same connection.
 */
export type DbUse = 'read' | 'write';

export interface ChannelSpec<
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
  D extends DbUse = DbUse,
> {
  input: I;
  output: O;
  access: Access;
  /** Omitted: 'write'. */
  db?: D;
}

export const channel = <I extends z.ZodType, O extends z.ZodType, D extends DbUse = 'write'>(
  spec: ChannelSpec<I, O, D>,
): ChannelSpec<I, O, D> => spec;

export const anyRole = ['admin', 'caseworker', 'coordinator', 'viewer'] as const satisfies readonly Role[];
