// Audit entries hold ids, channels and outcomes: never names, identity
// numbers, search terms or other free text.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { adminPassword, createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import { openInstallationDatabase } from '../../../test/support/raw-database';
import { organisationInput } from '../../../test/support/organisations';
import { addUser, signIn } from '../../../test/support/users';

let app: TempApp;
beforeEach(async () => {
  app = await createInstalledApp();
});
afterEach(() => app.dispose());

const name = 'Föreningen Trygga Barn i Rinkeby';
const orgNumber = '802003-1954';
const contactName = 'Maja Lindqvist';
const email = 'maja.lindqvist@example.se';
const phone = '070-123 45 67';

describe('no personal data in the audit log', () => {
  test('after creating, updating, reading, searching and refusing organisations', async () => {
    const input = organisationInput({
      name,
      orgNumber: '8020031954',
      address: { street: 'Rinkebytorget 1', postalCode: '163 73', city: 'Spånga' },
      contacts: [{ name: contactName, email, phone }],
      requirements: [
        {
          requirement: 'followsLaw',
          status: 'met',
          comment: 'Kontrollerat av Maja Lindqvist',
          checkedOn: '2026-03-01',
        },
      ],
    });
    const created = await app.must('organisations:create', input);
    await app.must('organisations:update', {
      id: created.id,
      version: 1,
      data: { ...input, name: `${name} (ny)` },
    });
    await app.must('organisations:get', { id: created.id });
    await app.must('organisations:list', { query: 'Trygga Barn' });
    await app.must('organisations:list', { query: orgNumber });
    await app.call('organisations:create', { ...input, name: 'Kopia' }); // duplicate
    await app.call('organisations:create', { ...input, orgNumber: '8020031955' }); // invalid
    await app.call('users:create', {
      username: 'maja',
      displayName: contactName,
      role: 'caseworker',
      temporaryPassword: 'tillfälligt-lösen-1',
    });
    await app.must('auth:lock', {});
    await app.call('auth:unlock', { username: 'maja', password: 'fel-lösenord-999' });
    await app.call('auth:unlock', { username: 'inte.en.användare', password: 'fel-lösenord-999' });
    await app.must('auth:unlock', { username: 'admin', password: adminPassword });

    const raw = await openInstallationDatabase(app.dataDir);
    const rows = raw.prepare('SELECT * FROM audit_log').all() as Record<string, unknown>[];
    raw.close();
    expect(rows.length).toBeGreaterThanOrEqual(12);
    const text = rows.map((r) => Object.values(r).join('|')).join('\n');
    for (const secret of [
      name,
      'Trygga',
      orgNumber,
      '8020031954',
      '802003',
      contactName,
      'Lindqvist',
      email,
      phone,
      'Rinkebytorget',
      'Kontrollerat',
      'maja',
      'inte.en.användare',
      'fel-lösenord',
      'Ada Admin',
    ]) {
      expect(text, secret).not.toContain(secret);
    }
    // Columns are ids, channel names, roles, outcomes and hashes only.
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(
      [
        'at',
        'channel',
        'entity_id',
        'entity_type',
        'hash',
        'id',
        'outcome',
        'prev_hash',
        'role',
        'user_id',
      ].sort(),
    );
    for (const r of rows) {
      expect(r.entity_id === null || /^\d+$/.test(String(r.entity_id)), String(r.entity_id)).toBe(true);
      expect(String(r.channel)).toMatch(/^[a-z]+:[a-zA-Z]+$/);
    }
  });

  test('refused calls do not copy text from their raw input into the entity id', async () => {
    const vera = await addUser(app, 'viewer', 'vera');
    const senderUrl = 'app://iop-desk/index.html';
    // Invalid input from an admin, then the same from a viewer (forbidden), then while locked.
    await app.router.invoke('organisations:get', { id: `${name} ${orgNumber}` }, { senderUrl });
    await app.router.invoke('organisations:update', { id: name, version: 1, data: {} }, { senderUrl });
    await signIn(app, vera.username, vera.password);
    await app.router.invoke('organisations:get', { id: `${name} ${orgNumber}` }, { senderUrl });
    await app.must('auth:lock', {});
    await app.router.invoke('organisations:get', { id: `${name} ${orgNumber}` }, { senderUrl });
    await app.must('auth:unlock', { username: 'admin', password: adminPassword });

    const raw = await openInstallationDatabase(app.dataDir);
    const rows = raw
      .prepare("SELECT channel, outcome, entity_id FROM audit_log WHERE channel LIKE 'organisations:%'")
      .all();
    raw.close();
    expect(rows).toEqual([
      { channel: 'organisations:get', outcome: 'invalid', entity_id: null },
      { channel: 'organisations:update', outcome: 'invalid', entity_id: null },
      { channel: 'organisations:get', outcome: 'denied', entity_id: null },
      { channel: 'organisations:get', outcome: 'denied', entity_id: null },
    ]);
  });
});
