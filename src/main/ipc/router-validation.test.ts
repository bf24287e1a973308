import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import { auditSince, lastAuditId } from '../../../test/support/audit';

let app: TempApp;
// One app for the file: the calls here are refused and change nothing but the audit log.
beforeAll(async () => {
  app = await createInstalledApp();
});
afterAll(() => app.dispose());

const message = 'Uppgifterna kunde inte sparas. Rätta de markerade fälten.';

describe('router: input validation', () => {
  test('invalid input gives field keys and an "invalid" audit entry, and runs nothing', async () => {
    const before = await lastAuditId(app);
    const result = await app.router.invoke(
      'organisations:create',
      {
        name: '',
        kind: 'nonprofit',
        orgNumber: '121212-1212',
        address: { street: '', postalCode: '12', city: '' },
        paymentAccount: { kind: 'plusgiro', number: '90 01 22-8' },
        contacts: [{ name: 'Karin', email: 'karin@' }],
        requirements: [],
      },
      { senderUrl: 'app://iop-desk/index.html' },
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'validation',
        message,
        fields: {
          name: 'field.required',
          orgNumber: 'orgNumber.personalIdentityNumber',
          'address.postalCode': 'field.postalCode',
          'paymentAccount.number': 'plusgiro.checkDigit',
          'contacts.0.email': 'field.email',
        },
      },
    });
    expect(await auditSince(app, before)).toEqual([
      {
        userId: 1,
        role: 'admin',
        channel: 'organisations:create',
        entityType: 'organisation',
        entityId: null,
        outcome: 'invalid',
      },
    ]);
    expect(await app.installation.db.selectFrom('organisation').select('id').execute()).toEqual([]);
  });

  test('unknown keys are refused, not silently dropped', async () => {
    const result = await app.router.invoke(
      'settings:update',
      { idleLockMinutes: 5, role: 'admin' },
      { senderUrl: 'app://iop-desk/' },
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'validation', message, fields: { _: 'field.invalid' } },
    });
    expect((await app.must('settings:get', {})).idleLockMinutes).toBe(10);
  });

  test.each([null, undefined, 'text', 42, [], true])('input %j that is not an object', async (input) => {
    const result = await app.router.invoke('organisations:get', input, { senderUrl: 'app://iop-desk/' });
    expect(result.ok === false && result.error.code).toBe('validation');
  });

  test('an unaudited channel still audits invalid input', async () => {
    const before = await lastAuditId(app);
    const result = await app.router.invoke('settings:get', { extra: true }, { senderUrl: 'app://iop-desk/' });
    expect(result.ok === false && result.error.code).toBe('validation');
    expect(await auditSince(app, before)).toEqual([
      {
        userId: 1,
        role: 'admin',
        channel: 'settings:get',
        entityType: null,
        entityId: null,
        outcome: 'invalid',
      },
    ]);
  });

  test('wrong types are reported as invalid, missing fields as required', async () => {
    const result = await app.router.invoke(
      'users:setDisabled',
      { userId: '2' },
      { senderUrl: 'app://iop-desk/' },
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'validation', message, fields: { userId: 'field.invalid', disabled: 'field.required' } },
    });
  });
});
