import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contract, channels, type Channel } from '../../shared/ipc/contract';
import { roles, type Role } from '../../shared/roles';
import { handlers } from './handlers';
import { adminPassword, createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import { auditSince, lastAuditId } from '../../../test/support/audit';
import { addUser, passwordOf, signIn } from '../../../test/support/users';

let app: TempApp;
const usernames: Record<Role, string> = {
  admin: 'admin',
  caseworker: 'karin',
  coordinator: 'kim',
  viewer: 'vera',
};
const userIds = {} as Record<Role, number>;

beforeAll(async () => {
  app = await createInstalledApp();
  userIds.admin = 1;
  for (const role of ['caseworker', 'coordinator', 'viewer'] as const)
    userIds[role] = (await addUser(app, role, usernames[role])).id;
});
afterAll(() => app.dispose());

const sessionChannels = channels.filter((c) => contract[c].access.kind === 'session');
const allowed = (channel: Channel, role: Role) => {
  const access = contract[channel].access;
  return access.kind === 'session' && access.roles.includes(role);
};

async function signInAs(role: Role) {
  await signIn(app, usernames[role], role === 'admin' ? adminPassword : passwordOf(usernames[role]));
}

describe('router: role checks per channel', () => {
  test('the contract has session channels to check', () => {
    expect(sessionChannels.length).toBeGreaterThanOrEqual(15);
  });

  test('a viewer reaches no channel of a domain with personal data or administration', () => {
    const viewerChannels = sessionChannels.filter((c) => allowed(c, 'viewer'));
    expect(viewerChannels).toEqual(
      expect.arrayContaining(['auth:changePassword', 'auth:lock', 'settings:get']),
    );
    expect(viewerChannels.filter((c) => /^(organisations|users|audit|backup):/.test(c))).toEqual([]);
  });

  test('only admins reach user administration, settings changes and the audit log', () => {
    for (const channel of sessionChannels.filter((c) => /^(users|audit):|^settings:update$/.test(c))) {
      expect(
        roles.filter((role) => allowed(channel, role)),
        channel,
      ).toEqual(['admin']);
    }
  });

  describe.each(roles)('as %s', (role) => {
    test.each(sessionChannels)('%s', async (channel) => {
      await signInAs(role);
      const before = await lastAuditId(app);
      // `{}` is enough: the role is checked before the input is parsed.
      const result = await app.router.invoke(channel, {}, { senderUrl: 'app://iop-desk/index.html' });
      if (allowed(channel, role)) {
        expect(result.ok === false && result.error.code).not.toBe('forbidden');
        return;
      }
      expect(result).toEqual({
        ok: false,
        error: { code: 'forbidden', message: 'Du har inte behörighet att göra detta.' },
      });
      expect(await auditSince(app, before)).toEqual([
        {
          userId: userIds[role],
          role,
          channel,
          entityType: handlers[channel].audit?.entityType ?? null,
          entityId: null,
          outcome: 'denied',
        },
      ]);
    });
  });

  test('a viewer creating an organisation is forbidden, audited, and nothing is saved', async () => {
    await signInAs('viewer');
    const before = await lastAuditId(app);
    const result = await app.call('organisations:create', {
      name: 'Stockholms stadsmission',
      kind: 'nonprofit',
      orgNumber: '802003-1954',
      address: { street: '', postalCode: '', city: 'Stockholm' },
      paymentAccount: null,
      contacts: [],
      requirements: [],
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Du har inte behörighet att göra detta.' },
    });
    expect(await auditSince(app, before)).toEqual([
      {
        userId: userIds.viewer,
        role: 'viewer',
        channel: 'organisations:create',
        entityType: 'organisation',
        entityId: null,
        outcome: 'denied',
      },
    ]);
    expect(await app.installation.db.selectFrom('organisation').select('id').execute()).toEqual([]);
  });
});
