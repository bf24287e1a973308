// Entries queued while locked live in a plain file: forged ones are refused at
// the next unlock, and the chain records how many were taken and refused.
import { afterEach, expect, test } from 'vitest';
import { readAuthState, writeAuthState } from './auth-state';
import { adminPassword, createInstalledApp, type TempApp } from '../../../test/support/temp-app';

let app: TempApp | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

test('a forged queued entry with personal data in its channel never reaches the audit log', async () => {
  app = await createInstalledApp();
  await app.must('auth:lock', {});
  const file = app.installation.paths.authState;
  const state = readAuthState(file);
  state.pending.push({ at: '2026-03-02T09:00:00.000Z', userId: 1, channel: 'Anna Andersson 20121212-1212', outcome: 'ok' });
  state.pending.push({ at: '2099-01-01T00:00:00.000Z', userId: 1, channel: 'children:reveal', outcome: 'ok' });
  writeAuthState(file, state);

  await app.must('auth:unlock', { username: 'admin', password: adminPassword });
  const { entries } = await app.must('audit:list', { limit: 100 });
  expect(entries.some((e) => e.channel.includes('Anna'))).toBe(false);
  expect(entries.some((e) => e.channel === 'children:reveal')).toBe(false);
  const marker = entries.find((e) => e.channel === 'audit:lockedQueue');
  expect(marker?.entityId).toBe('accepted=1;refused=2');
  expect(marker?.outcome).toBe('failed');
  expect((await app.must('audit:verify', {})).ok).toBe(true);
});

test('a lock by the OS or idle time is audited with the user who was signed in', async () => {
  app = await createInstalledApp();
  await app.installation.autoLock();
  expect(app.installation.state).toBe('locked');
  await app.must('auth:unlock', { username: 'admin', password: adminPassword });
  const { entries } = await app.must('audit:list', { limit: 100 });
  const lock = entries.find((e) => e.channel === 'auth:lock');
  expect(lock).toMatchObject({ userId: 1, entityType: 'user', entityId: '1', outcome: 'ok' });
  expect(entries.some((e) => e.channel === 'audit:lockedQueue')).toBe(false);
});
