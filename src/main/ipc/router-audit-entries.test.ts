// Every successful call of an audited channel writes exactly one "ok" entry
// with the right entity; unaudited channels (nothing personal) write none.
import { afterEach, describe, expect, test } from 'vitest';
import { channels, type Channel, type ChannelInput } from '../../shared/ipc/contract';
import { adminPassword, createInstalledApp, createTempApp, type TempApp } from '../../../test/support/temp-app';
import { auditSince, lastAuditId, setupAuditEntry } from '../../../test/support/audit';
import { signIn, temporaryPassword } from '../../../test/support/users';

let app: (TempApp & { recoveryKey?: string }) | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

const organisation = {
  name: 'Svenska Röda Korset',
  kind: 'nonprofit' as const,
  orgNumber: '802002-8711',
  address: { street: 'Hornsgatan 54', postalCode: '118 21', city: 'Stockholm' },
  paymentAccount: null,
  contacts: [],
  requirements: [],
};

interface Case {
  /** Prepares the app; returns the input of the call under test. */
  prepare(app: TempApp & { recoveryKey?: string }): Promise<unknown>;
  entityType: string | null;
  /** Expected entity id, from the output when needed. */
  entityId: (output: unknown) => string | null;
  /** The role the entry is written with. */
  role?: string | null;
}

const createKarin = (a: TempApp) =>
  a.must('users:create', {
    username: 'karin',
    displayName: 'Karin Åberg',
    role: 'caseworker',
    temporaryPassword,
  });

const cases: Partial<Record<Channel, Case>> = {
  'installation:status': { prepare: async () => ({}), entityType: null, entityId: () => null },
  'auth:users': { prepare: async () => ({}), entityType: null, entityId: () => null },
  'auth:alerts': { prepare: async () => ({}), entityType: null, entityId: () => null },
  'settings:get': { prepare: async () => ({}), entityType: null, entityId: () => null },
  'auth:unlock': {
    prepare: async (a) => {
      await a.must('auth:lock', {});
      return { username: 'admin', password: adminPassword };
    },
    entityType: 'user',
    entityId: () => '1',
  },
  'auth:recover': {
    prepare: async (a) => {
      await a.must('auth:lock', {});
      return {
        username: 'admin',
        recoveryKey: a.recoveryKey,
        newPassword: 'nytt-lösenord-efter-återställning',
      };
    },
    entityType: 'user',
    entityId: () => '1',
  },
  'auth:changePassword': {
    prepare: async () => ({ currentPassword: adminPassword, newPassword: 'ett-annat-lösenord' }),
    entityType: 'user',
    entityId: () => '1',
  },
  'users:list': { prepare: async () => ({}), entityType: 'user', entityId: () => null },
  'users:create': {
    prepare: async () => ({
      username: 'karin',
      displayName: 'Karin Åberg',
      role: 'caseworker',
      temporaryPassword,
    }),
    entityType: 'user',
    entityId: () => '2',
  },
  'users:resetPassword': {
    prepare: async (a) => {
      await createKarin(a);
      return { userId: 2, temporaryPassword: 'nytt-tillfälligt-1' };
    },
    entityType: 'user',
    entityId: () => '2',
  },
  'users:setDisabled': {
    prepare: async (a) => {
      await createKarin(a);
      return { userId: 2, disabled: true };
    },
    entityType: 'user',
    entityId: () => '2',
  },
  'settings:update': {
    prepare: async () => ({ idleLockMinutes: 15 }),
    entityType: 'settings',
    entityId: () => null,
  },
  'organisations:list': {
    prepare: async () => ({ query: 'röda' }),
    entityType: 'organisation',
    entityId: () => null,
  },
  'organisations:get': {
    prepare: async (a) => ({ id: (await a.must('organisations:create', organisation)).id }),
    entityType: 'organisation',
    entityId: () => '1',
  },
  'organisations:create': {
    prepare: async () => organisation,
    entityType: 'organisation',
    entityId: () => '1',
  },
  'organisations:update': {
    prepare: async (a) => {
      const created = await a.must('organisations:create', organisation);
      return {
        id: created.id,
        version: created.version,
        data: { ...organisation, name: 'Röda Korset Stockholm' },
      };
    },
    entityType: 'organisation',
    entityId: () => '1',
  },
  'organisations:delete': {
    prepare: async (a) => {
      const created = await a.must('organisations:create', organisation);
      return { id: created.id, version: created.version, reason: 'duplicate' as const, confirmed: true as const };
    },
    entityType: 'organisation',
    entityId: () => '1',
  },
  'audit:list': { prepare: async () => ({}), entityType: 'auditLog', entityId: () => null },
  'audit:verify': { prepare: async () => ({}), entityType: 'auditLog', entityId: () => null },
  'audit:exportCsv': { prepare: async () => ({}), entityType: 'auditLog', entityId: () => null },
  'audit:head': { prepare: async () => ({}), entityType: 'auditLog', entityId: () => '1' },
  'audit:acknowledgeAlerts': { prepare: async () => ({ upToId: 1 }), entityType: 'auditLog', entityId: () => '1' },
};

const foundationChannels = channels.filter((c) =>
  /^(installation|auth|users|settings|organisations|audit):/.test(c),
);

describe('router: audit entries of successful calls', () => {
  test('every channel of the foundation domains has a case here (lock and setup are tested below)', () => {
    expect(
      foundationChannels.filter((c) => !cases[c] && c !== 'auth:lock' && c !== 'installation:setup'),
    ).toEqual([]);
  });

  test.each(Object.keys(cases) as Channel[])('%s', async (channel) => {
    const c = cases[channel]!;
    const a = (app = await createInstalledApp());
    const input = await c.prepare(a);
    const before = a.installation.state === 'unlocked' ? await lastAuditId(a) : null;
    const output = await a.must(channel, input as ChannelInput<typeof channel>);
    const after = await auditSince(a, before ?? 0);
    const mine = after.filter((e) => e.channel === channel && (before !== null || e.outcome === 'ok'));
    if (c.entityType === null) {
      expect(mine).toEqual([]);
      return;
    }
    expect(mine).toEqual([
      {
        userId: 1,
        role: 'admin',
        channel,
        entityType: c.entityType,
        entityId: c.entityId(output),
        outcome: 'ok',
      },
    ]);
    if (before !== null) expect(after).toHaveLength(1);
  });

  test('installation:setup writes one entry, the first of the log', async () => {
    const a = (app = createTempApp());
    await a.must('installation:setup', {
      organisationName: 'Testkommunen',
      admin: { username: 'admin', displayName: 'Ada Admin', password: adminPassword },
    });
    expect(await auditSince(a, 0)).toEqual([setupAuditEntry]);
  });

  test('auth:lock writes one entry, which lands at the next unlock', async () => {
    const a = (app = await createInstalledApp());
    const before = await lastAuditId(a);
    await a.must('auth:lock', {});
    await signIn(a, 'admin', adminPassword);
    expect((await auditSince(a, before)).filter((e) => e.channel === 'auth:lock')).toEqual([
      { userId: 1, role: null, channel: 'auth:lock', entityType: 'user', entityId: '1', outcome: 'ok' },
    ]);
  });

  test('a refused call is audited once, as failed, and its work is rolled back', async () => {
    const a = (app = await createInstalledApp());
    await a.must('organisations:create', organisation);
    const before = await lastAuditId(a);
    const duplicate = await a.call('organisations:create', { ...organisation, name: 'Kopia' });
    expect(duplicate.ok === false && duplicate.error.code).toBe('organisations.duplicateOrgNumber');
    expect(await auditSince(a, before)).toEqual([
      {
        userId: 1,
        role: 'admin',
        channel: 'organisations:create',
        entityType: 'organisation',
        entityId: null,
        outcome: 'failed',
      },
    ]);
    expect(await a.installation.db.selectFrom('organisation').select('name').execute()).toEqual([
      { name: 'Svenska Röda Korset' },
    ]);
  });
});
