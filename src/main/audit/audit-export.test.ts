import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import { redCross } from '../../../test/support/organisations';
import { addUser, signIn, signInAsAdmin } from '../../../test/support/users';
import { appendAudit } from './audit-repository';
import { exportAuditCsv } from './audit-service';

let app: TempApp;
beforeEach(async () => {
  app = await createInstalledApp();
});
afterEach(() => app.dispose());

const header = 'id;tid;användar-id;användarnamn;roll;funktion;typ;post-id;utfall';

describe('audit CSV export', () => {
  test('is UTF-8 with a BOM, semicolon separated with CRLF line ends, newest first', async () => {
    await app.must('organisations:create', redCross);
    const { filename, csv } = await app.must('audit:exportCsv', {});
    expect(filename).toBe('loggkontroll-2026-03-02.csv');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toEqual([
      header,
      '2;2026-03-02T09:00:00.000Z;1;admin;admin;organisations:create;organisation;1;ok',
      '1;2026-03-02T09:00:00.000Z;1;admin;admin;installation:setup;installation;;ok',
      '',
    ]);
  });

  test('the filter by entity type and user works', async () => {
    const karin = await addUser(app, 'caseworker', 'karin');
    await signIn(app, karin.username, karin.password);
    await app.must('organisations:create', redCross);
    await app.must('organisations:list', { query: '' });
    await signInAsAdmin(app);
    await app.must('organisations:list', { query: '' });

    const byType = await app.must('audit:exportCsv', { entityType: 'organisation' });
    const typeLines = byType.csv.slice(1).trim().split('\r\n').slice(1);
    expect(typeLines.map((l) => l.split(';').slice(2, 8).join(';'))).toEqual([
      '1;admin;admin;organisations:list;organisation;',
      `${karin.id};karin;caseworker;organisations:list;organisation;`,
      `${karin.id};karin;caseworker;organisations:create;organisation;1`,
    ]);

    const byUser = await app.must('audit:exportCsv', { userId: karin.id, entityType: 'organisation' });
    expect(byUser.csv.slice(1).trim().split('\r\n')).toHaveLength(3);
    const none = await app.must('audit:exportCsv', { entityType: 'agreement' });
    expect(none.csv).toBe(`\uFEFF${header}\r\n`);
  });

  test('cells with a separator, quote or line break are quoted', async () => {
    await app.installation.db.transaction().execute((trx) =>
      appendAudit(trx, {
        at: '2026-03-02T10:00:00.000Z',
        userId: null,
        role: null,
        channel: 'x;y"z',
        entityType: 'rad\nbrytning',
        entityId: null,
        outcome: 'failed',
      }),
    );
    const { csv } = await exportAuditCsv(
      app.installation.db,
      { userId: null, entityType: null, from: null, to: null },
      '2026-03-02',
    );
    expect(csv).toContain('\r\n2;2026-03-02T10:00:00.000Z;;;;"x;y""z";"rad\nbrytning";;failed\r\n');
  });
});
