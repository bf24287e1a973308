import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import { lastAuditId } from '../../../test/support/audit';

let app: TempApp;
// One app for the file: the calls here are refused and change nothing but the audit log.
beforeAll(async () => {
  app = await createInstalledApp();
});
afterAll(() => app.dispose());

const organisation = {
  name: 'Rädda Barnen',
  kind: 'nonprofit',
  orgNumber: '802002-8638',
  address: { street: '', postalCode: '', city: 'Sundbyberg' },
  paymentAccount: null,
  contacts: [],
  requirements: [],
};

describe('router: who may call and what', () => {
  test.each([
    'https://evil.example/index.html',
    'file:///C:/Users/karin/Downloads/index.html',
    'app://iop-desk.evil/index.html',
    'http://localhost:5173/',
    'about:blank',
    '',
  ])('a call from %j is stopped before anything runs', async (senderUrl) => {
    const before = await lastAuditId(app);
    const result = await app.router.invoke('organisations:create', organisation, { senderUrl });
    expect(result).toEqual({
      ok: false,
      error: { code: 'untrustedSender', message: 'Anropet kom inte från appens eget fönster och stoppades.' },
    });
    expect(await app.must('organisations:list', { query: '' })).toEqual([]);
    // Only the list call above was audited.
    expect(await lastAuditId(app)).toBe(before + 1);
  });

  test.each([
    'organisations:purge',
    'audit:clear',
    'toString',
    '__proto__',
    'constructor',
    'hasOwnProperty',
    '',
    'ORGANISATIONS:LIST',
  ])('unknown channel %j', async (name) => {
    const before = await lastAuditId(app);
    expect(await app.router.invoke(name, {}, { senderUrl: 'app://iop-desk/index.html' })).toEqual({
      ok: false,
      error: { code: 'unknownChannel', message: 'Okänd funktion.' },
    });
    expect(await lastAuditId(app)).toBe(before);
  });

  test('the sender is checked before the channel name', async () => {
    const result = await app.router.invoke('no:such', {}, { senderUrl: 'https://evil.example/' });
    expect(result.ok === false && result.error.code).toBe('untrustedSender');
  });
});
