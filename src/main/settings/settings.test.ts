import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { adminPassword, createInstalledApp, type TempApp } from '../../../test/support/temp-app';

let app: TempApp;
beforeEach(async () => {
  app = await createInstalledApp();
});
afterEach(() => app.dispose());

describe('settings', () => {
  test('the idle lock time defaults to 10 minutes', async () => {
    expect(await app.must('settings:get', {})).toEqual({ idleLockMinutes: 10 });
  });

  test('an admin changes it; it is kept across lock and restart and shown while locked', async () => {
    expect(await app.must('settings:update', { idleLockMinutes: 25 })).toEqual({ idleLockMinutes: 25 });
    expect((await app.must('installation:status', {})).idleLockMinutes).toBe(25);
    await app.must('auth:lock', {});
    expect((await app.must('installation:status', {})).idleLockMinutes).toBe(25);
    await app.must('auth:unlock', { username: 'admin', password: adminPassword });
    expect(await app.must('settings:get', {})).toEqual({ idleLockMinutes: 25 });
  });

  test.each([0, 121, 2.5, -1])('%s minutes is refused', async (idleLockMinutes) => {
    const result = await app.call('settings:update', { idleLockMinutes });
    expect(result.ok === false && result.error.fields).toEqual({
      idleLockMinutes: Number.isInteger(idleLockMinutes) ? 'idleMinutes.range' : 'field.invalid',
    });
    expect(await app.must('settings:get', {})).toEqual({ idleLockMinutes: 10 });
  });

  test.each([1, 120])('%s minutes is accepted', async (idleLockMinutes) => {
    expect(await app.must('settings:update', { idleLockMinutes })).toEqual({ idleLockMinutes });
  });
});
