// The background quick_check across a lock: a check still running at lock is
// not killed (a killed thread would keep SQLCipher's key) and its result is
// dropped; the next unlock must still get a check of its own.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fixedClock } from '../base/clock';
import { IntegrityWatch } from './integrity-watch';
import type { UnlockedSession } from './session';

const pending: ((problems: string[]) => void)[] = [];
vi.mock('../db/check-worker', () => ({
  quickCheck: vi.fn(() => new Promise<string[]>((resolve) => pending.push(resolve))),
}));
const { quickCheck } = await import('../db/check-worker');

const key = Buffer.alloc(32, 7);
const session = { openDb: null, requireMasterKey: () => key } as unknown as UnlockedSession;

afterEach(() => {
  pending.splice(0);
  vi.mocked(quickCheck).mockClear();
});

describe('the integrity watch across a lock', () => {
  test('an unlock while the check of the last session still runs gets a check of its own', async () => {
    const watch = new IntegrityWatch('/nowhere/iop-desk.db', session, fixedClock('2026-03-02T09:00:00.000Z'));
    const recorded = vi.spyOn(watch as unknown as { record(problems: string[]): Promise<void> }, 'record');
    const first = watch.start(key);
    watch.stop(); // lock: the first check goes on, its result is dropped
    const second = watch.start(key); // the next unlock
    pending[0]!(['from before the lock']);
    await first;
    await vi.waitFor(() => expect(quickCheck).toHaveBeenCalledTimes(2));
    pending[1]!(['page 3: damaged']);
    expect(await second).toEqual(['page 3: damaged']);
    await watch.whenIdle();
    // Only this session's finding becomes an alarm, never the dropped one from before the lock.
    expect(recorded.mock.calls).toEqual([[['page 3: damaged']]]);
  });

  test('while a check of this session runs, asking again joins it', async () => {
    const watch = new IntegrityWatch('/nowhere/iop-desk.db', session, fixedClock('2026-03-02T09:00:00.000Z'));
    const first = watch.start(key);
    const again = watch.start(key);
    pending[0]!([]);
    expect(await first).toEqual([]);
    expect(await again).toEqual([]);
    expect(quickCheck).toHaveBeenCalledTimes(1);
  });
});
