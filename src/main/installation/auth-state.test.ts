import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  backoffSeconds,
  freeAttempts,
  readAuthState,
  secondsUntilAllowed,
  writeAuthState,
} from './auth-state';

describe('back-off', () => {
  test('five free attempts, then 30 s doubling per failure, at most an hour', () => {
    expect(freeAttempts).toBe(5);
    expect([0, 1, 2, 3, 4].map(backoffSeconds)).toEqual([0, 0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 11, 12].map(backoffSeconds)).toEqual([30, 60, 120, 240, 480, 960, 1920, 3600]);
    expect(backoffSeconds(40)).toBe(3600);
    expect(backoffSeconds(10_000)).toBe(3600);
  });

  test('seconds until the next attempt is allowed count from the last failure', () => {
    const state = {
      failures: { admin: { count: 6, lastFailureAt: '2026-03-02T09:00:00.000Z' } },
      pending: [],
    };
    expect(secondsUntilAllowed(state, 'admin', new Date('2026-03-02T09:00:00.000Z'))).toBe(60);
    expect(secondsUntilAllowed(state, 'admin', new Date('2026-03-02T09:00:59.001Z'))).toBe(1);
    expect(secondsUntilAllowed(state, 'admin', new Date('2026-03-02T09:01:00.000Z'))).toBe(0);
    expect(secondsUntilAllowed(state, 'karin', new Date('2026-03-02T09:00:00.000Z'))).toBe(0);
  });
});

describe('auth-state file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'iop-desk-auth-state-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('a missing or damaged file reads as empty', () => {
    const file = join(dir, 'auth-state.json');
    expect(readAuthState(file)).toEqual({ failures: {}, pending: [] });
    writeFileSync(file, '{"failures": ');
    expect(readAuthState(file)).toEqual({ failures: {}, pending: [] });
    writeFileSync(file, JSON.stringify({ failures: { admin: { count: 'many' } }, pending: [] }));
    expect(readAuthState(file)).toEqual({ failures: {}, pending: [] });
  });

  test('round trip', () => {
    const file = join(dir, 'auth-state.json');
    const state = {
      failures: { admin: { count: 2, lastFailureAt: '2026-03-02T09:00:00.000Z' } },
      pending: [
        { at: '2026-03-02T09:00:00.000Z', userId: 1, channel: 'auth:unlock', outcome: 'denied' as const },
      ],
    };
    writeAuthState(file, state);
    expect(readAuthState(file)).toEqual(state);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state);
  });
});
