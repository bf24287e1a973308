import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { HandlerDef } from './handler-def';
import { handlers } from './handlers';
import { noFilePickers } from '../files/file-pickers';
import { createRouter } from './router';
import { createInstalledApp, type TempApp } from '../../../test/support/temp-app';

let app: TempApp;
beforeEach(async () => {
  app = await createInstalledApp();
});
afterEach(() => app.dispose());

const snakeCaseKey = /"[a-z]+(_[a-z]+)+":/;

describe('router: outputs are parsed by the output schema', () => {
  test('no raw database row crosses: outputs use the domain names only', async () => {
    const created = await app.must('organisations:create', {
      name: 'Stockholms stadsmission',
      kind: 'nonprofit',
      orgNumber: '802003-1954',
      address: { street: 'Stortorget 3', postalCode: '11129', city: 'Stockholm' },
      paymentAccount: { kind: 'plusgiro', number: '90 01 22-3' },
      contacts: [
        { name: 'Per Holm', role: 'Samordnare', phone: '08-684 23 00', email: 'per.holm@example.se' },
      ],
      requirements: [
        {
          requirement: 'statutesNonProfit',
          status: 'met',
          comment: 'Stadgar finns',
          checkedOn: '2026-02-27',
        },
      ],
    });
    expect(Object.keys(created).sort()).toEqual([
      'address',
      'contacts',
      'createdAt',
      'id',
      'kind',
      'name',
      'orgNumber',
      'paymentAccount',
      'requirements',
      'updatedAt',
      'version',
    ]);
    const outputs = [
      created,
      await app.must('organisations:get', { id: created.id }),
      await app.must('organisations:list', { query: '' }),
      await app.must('users:list', {}),
      await app.must('audit:list', {}),
      await app.must('settings:get', {}),
      await app.must('installation:status', {}),
    ];
    for (const output of outputs) expect(JSON.stringify(output)).not.toMatch(snakeCaseKey);
    expect(JSON.stringify(outputs)).not.toContain('name_folded');
  });

  test('keys a handler adds beyond the schema are dropped', async () => {
    const leaky: HandlerDef<'settings:get'> = {
      run: async () => ({ idleLockMinutes: 10, idle_lock_minutes: 10, masterKey: 'abc' }) as never,
      audit: null,
    };
    const router = createRouter({
      installation: app.installation,
      backup: app.backup,
      clock: app.clock,
      handlers: { ...handlers, 'settings:get': leaky },
      pickers: noFilePickers,
      isTrustedSender: () => true,
    });
    expect(await router.invoke('settings:get', {}, { senderUrl: 'app://iop-desk/' })).toEqual({
      ok: true,
      value: { idleLockMinutes: 10 },
    });
  });

  test('an output that breaks the schema becomes "internal" and the transaction is rolled back', async () => {
    const logged: string[] = [];
    const broken: HandlerDef<'settings:update'> = {
      run: async (ctx, input) => {
        await ctx.db
          .updateTable('setting')
          .set({ value: JSON.stringify(input.idleLockMinutes) })
          .where('key', '=', 'idleLockMinutes')
          .execute();
        return { idleLockMinutes: 'femton' } as never;
      },
      audit: { entityType: 'settings' },
    };
    const router = createRouter({
      installation: app.installation,
      backup: app.backup,
      clock: app.clock,
      handlers: { ...handlers, 'settings:update': broken },
      pickers: noFilePickers,
      isTrustedSender: () => true,
      logError: (channel, details) => logged.push(`${channel}: ${String(details)}`),
    });
    expect(
      await router.invoke('settings:update', { idleLockMinutes: 15 }, { senderUrl: 'app://iop-desk/' }),
    ).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: 'Ett oväntat fel inträffade. Inget sparades. Försök igen eller kontakta IT-stöd.',
      },
    });
    expect(await app.must('settings:get', {})).toEqual({ idleLockMinutes: 10 });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^settings:update: ZodError/);
  });
});
