// Sign-in attempts made while the database is locked: failure counters for the
// back-off and the attempts waiting to be written to the audit log at the next
// unlock (the log lives in the encrypted database). Usernames only, no secrets.
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { AppFailure } from '../base/app-error';
import { writeFileAtomic } from '../files/atomic-write';

const schema = z.object({
  failures: z.record(z.string(), z.object({ count: z.number().int(), lastFailureAt: z.string() })),
  pending: z.array(
    z.object({
      at: z.string(),
      userId: z.number().int().nullable(),
      channel: z.string(),
      outcome: z.enum(['ok', 'denied', 'invalid', 'failed']),
      /** Queue number, 1, 2, 3... across flushes; absent on entries queued by earlier versions. */
      seq: z.number().int().min(1).optional(),
    }),
  ),
  /** The number the next queued entry gets (kept when the queue is flushed). */
  nextSeq: z.number().int().min(1).optional(),
  /** Entries not queued because the queue was full (see maxPending). */
  droppedPending: z.number().int().min(0).optional(),
});
export type AuthState = z.infer<typeof schema>;

export function readAuthState(file: string): AuthState {
  if (!existsSync(file)) return { failures: {}, pending: [] };
  try {
    return schema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return { failures: {}, pending: [] };
  }
}

export function writeAuthState(file: string, state: AuthState): void {
  writeFileAtomic(file, JSON.stringify(state));
}

export const freeAttempts = 5;
/** At most this many entries wait for the next unlock; more are only counted. */
export const maxPending = 1000;

/** Seconds to wait before the next attempt: none for the first five failures, then 30 s doubling, at most an hour. */
export function backoffSeconds(failures: number): number {
  if (failures < freeAttempts) return 0;
  return Math.min(30 * 2 ** (failures - freeAttempts), 3600);
}

export function secondsUntilAllowed(state: AuthState, username: string, now: Date): number {
  const entry = state.failures[username];
  if (!entry) return 0;
  const wait = backoffSeconds(entry.count);
  const allowedAt = new Date(entry.lastFailureAt).getTime() + wait * 1000;
  return Math.max(0, Math.ceil((allowedAt - now.getTime()) / 1000));
}

/** Refuses an attempt made before the back-off has passed. */
export function assertNotThrottled(file: string, key: string, now: Date): void {
  const wait = secondsUntilAllowed(readAuthState(file), key, now);
  if (wait > 0) throw new AppFailure('auth.throttled', { retryAfterSeconds: wait });
}

/** Counts a failed attempt; from the fifth on, says how long the next one must wait. */
export function recordFailedAttempt(file: string, key: string, now: Date): void {
  const state = readAuthState(file);
  const count = (state.failures[key]?.count ?? 0) + 1;
  state.failures[key] = { count, lastFailureAt: now.toISOString() };
  writeAuthState(file, state);
  const wait = backoffSeconds(count);
  if (wait > 0) throw new AppFailure('auth.throttled', { retryAfterSeconds: wait });
}
