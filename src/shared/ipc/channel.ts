// The shape of one IPC channel: its zod schemas and who may call it.
// Main enforces `access`; the renderer only uses it to hide what it can't do.
import type { z } from 'zod';
import type { Role } from '../roles';

export type Access =
  /** Callable while locked (setup, unlock). */
  | { kind: 'public' }
  /** Needs an unlocked session with one of `roles`. */
  | { kind: 'session'; roles: readonly Role[]; whilePasswordChangeRequired?: boolean };

export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: Access;
}

export const channel = <I extends z.ZodType, O extends z.ZodType>(spec: ChannelSpec<I, O>): ChannelSpec<I, O> =>
  spec;

export const anyRole = ['admin', 'caseworker', 'coordinator', 'viewer'] as const satisfies readonly Role[];
