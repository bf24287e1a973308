// The group's papers (roster, attendance sheet) printed through the router and
// read back with pdftotext; a protected child's details masked unless the
// print is the revealed one, which only a role that may reveal can make and
// which is audited as such.
import { readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { contract, type Channel } from '../../shared/ipc/contract';
import { roles } from '../../shared/roles';
import { auditSince, lastAuditId } from '../../../test/support/audit';
import { printer, type Printer } from '../../../test/support/printing/print-text';
import { admittedChild, setUpGroup, testNumber } from '../../../test/support/support-groups/fixtures';
import { createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import { addUser, passwordOf, signIn } from '../../../test/support/users';

let app: TempApp;
let setup: Awaited<ReturnType<typeof setUpGroup>>;
let p: Printer;

/** A protected child whose details appear nowhere else in the test. */
const hidden = {
  address: { street: 'Dolda stigen 9', postalCode: '123 45', city: 'Gömsta' },
  phone: '070-111 22 33',
  email: 'dold@exempel.se',
  fosterHome: {
    name: 'Familjen Undansson',
    phone: '070-444 55 66',
    email: '',
    address: { street: 'Gömvägen 4', postalCode: '123 46', city: 'Gömsta' },
  },
};
const needles = [
  hidden.address.street,
  hidden.address.city,
  hidden.phone,
  hidden.fosterHome.name,
  hidden.fosterHome.phone,
];
const leaks = (text: string) => needles.filter((n) => text.includes(n));

beforeEach(async () => {
  app = await createInstalledApp();
  setup = await setUpGroup(app);
  p = printer(app);
});
afterEach(async () => {
  p.dispose();
  await app.dispose();
});

async function twoChildren() {
  const open = await admittedChild(app, setup.group.id, setup.programme.id);
  const secret = await admittedChild(app, setup.group.id, setup.programme.id, {
    name: 'Sigrid Skyddad',
    identityNumber: testNumber('2015-06-01'),
    protectedIdentity: true,
    ...hidden,
  });
  return { open, secret };
}

describe('who may print', () => {
  const may = (channel: Channel) =>
    roles.filter((role) => {
      const access = contract[channel].access;
      return access.kind === 'session' && access.roles.includes(role);
    });
  test('every role that works with children prints masked; only those who may reveal print revealed', () => {
    expect(may('printing:print')).toEqual(['admin', 'caseworker', 'coordinator']);
    expect(may('printing:noticeHandedOver')).toEqual(['admin', 'caseworker', 'coordinator']);
    expect(may('printing:printRevealed')).toEqual(may('children:reveal'));
    expect(may('printing:printRevealed')).toEqual(['caseworker', 'coordinator']);
  });

  test('a viewer is refused every printout, and nothing is written', async () => {
    await addUser(app, 'viewer', 'vera');
    await signIn(app, 'vera', passwordOf('vera'));
    for (const channel of ['printing:print', 'printing:printRevealed'] as const) {
      const result = await app.call(channel, {
        target: { document: 'roster', groupId: setup.group.id },
        format: 'pdf',
        folder: p.folder,
      });
      expect(result.ok ? null : result.error.code).toBe('forbidden');
    }
    expect(readdirSync(p.folder)).toEqual([]);
  });
});

describe('the group roster', () => {
  test('names the group, its leaders and sessions, and each child with age and who to call', async () => {
    await twoChildren();
    const { result, text } = await p.text({ document: 'roster', groupId: setup.group.id });
    expect(result.fileName).toBe('Grupplista Vårgruppen 2026.pdf');
    expect(text).toContain('Grupplista');
    expect(text).toContain('Vårgruppen 2026');
    expect(text).toContain('Program: Stödgrupp för familjehemsplacerade barn');
    expect(text).toContain('Maria Svensson');
    expect(text).toContain('Ahmed Yusuf');
    expect(text).toContain('Föreningens lokal, Malmö');
    // All eight weekly sessions, with their times.
    for (const s of setup.group.sessions) expect(text).toContain(s.date);
    expect(text).toContain('17:00–19:00');
    // Tolvan (born 2012-12-12) is 13 on the group's start; the foster home is who to call.
    expect(text).toMatch(/Tolvan Tolvansson\s+13 år\s+Familjehem: Familjen\s+Exempelsson/);
    expect(text).toContain('070-174 06 10');
    expect(text).toContain('Sigrid Skyddad');
    expect(text).toContain('Skyddade personuppgifter – skrivs inte ut');
    expect(text).toContain('Ett barn har skyddade personuppgifter');
    expect(leaks(text)).toEqual([]);
    expect(result).toMatchObject({ withheld: 1, revealed: 0 });
  });

  test('with the details revealed: only for a role that may reveal, and the reveal is audited', async () => {
    await twoChildren();
    const refused = await app.call('printing:printRevealed', {
      target: { document: 'roster', groupId: setup.group.id },
      format: 'pdf',
      folder: p.folder,
    });
    expect(refused).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });
    expect(readdirSync(p.folder)).toEqual([]);

    await addUser(app, 'coordinator', 'kim');
    await signIn(app, 'kim', passwordOf('kim'));
    const before = await lastAuditId(app);
    const { result, text } = await p.text(
      { document: 'roster', groupId: setup.group.id },
      { revealed: true },
    );
    expect(text).toContain(hidden.fosterHome.phone);
    expect(result).toMatchObject({ withheld: 0, revealed: 1 });
    expect(await auditSince(app, before)).toEqual([
      expect.objectContaining({
        channel: 'printing:printRevealed',
        entityType: 'printout',
        entityId: String(setup.group.id),
        outcome: 'ok',
      }),
    ]);
  });

  test('is PDF only, and a second print never overwrites the first', async () => {
    const docx = await app.call('printing:print', {
      target: { document: 'roster', groupId: setup.group.id },
      format: 'docx',
      folder: p.folder,
    });
    expect(docx.ok ? null : docx.error).toMatchObject({
      code: 'validation',
      fields: { format: 'printing.pdfOnly' },
    });
    await p.text({ document: 'roster', groupId: setup.group.id });
    const second = await p.text({ document: 'roster', groupId: setup.group.id });
    expect(second.result.fileName).toBe('Grupplista Vårgruppen 2026 (2).pdf');
    expect(readdirSync(p.folder).sort()).toEqual([
      'Grupplista Vårgruppen 2026 (2).pdf',
      'Grupplista Vårgruppen 2026.pdf',
    ]);
  });

  test('a folder that does not exist is refused with nothing written', async () => {
    const result = await app.call('printing:print', {
      target: { document: 'roster', groupId: setup.group.id },
      format: 'pdf',
      folder: `${p.folder}/finns-inte`,
    });
    expect(result.ok ? null : result.error.code).toBe('documents.folderInvalid');
  });
});

describe('the attendance sheet', () => {
  test('one session, a box to tick per child, and how to enter it afterwards', async () => {
    await twoChildren();
    const session = setup.group.sessions[2]!;
    const { result, text } = await p.text({
      document: 'attendanceSheet',
      groupId: setup.group.id,
      sessionId: session.id,
    });
    expect(result.fileName).toBe(`Närvarolista Vårgruppen 2026 ${session.date}.pdf`);
    expect(text).toContain(`Vårgruppen 2026 – träff 3, ${session.date}`);
    expect(text).toContain('Tid: 17:00–19:00');
    expect(text).toMatch(/Namn\s+Närvarande\s+Frånvarande\s+Anteckning/);
    expect(text).toMatch(/Tolvan Tolvansson\s+\[ +\]\s+\[ +\]/);
    // Neither child may take part yet: the sheet says so instead of inviting a tick that would be refused.
    expect(text).toContain('Får inte delta än');
    expect(text).toContain('Registrera närvaro');
    expect(leaks(text)).toEqual([]);
  });

  test('a session of another group is refused', async () => {
    const other = await app.must('supportGroups:create', {
      programmeId: setup.programme.id,
      name: 'Höstgruppen',
      leaders: [],
      location: '',
      startDate: '2026-09-02',
      startTime: '17:00',
    });
    const result = await app.call('printing:print', {
      target: { document: 'attendanceSheet', groupId: setup.group.id, sessionId: other.sessions[0]!.id },
      format: 'pdf',
      folder: p.folder,
    });
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'validation',
      fields: { sessionId: 'printing.sessionNotInGroup' },
    });
    expect(readdirSync(p.folder)).toEqual([]);
  });

  test('a group without place or leaders flags them as missing instead of inventing them', async () => {
    const bare = await app.must('supportGroups:create', {
      programmeId: setup.programme.id,
      name: 'Höstgruppen',
      leaders: [],
      location: '',
      startDate: '2026-09-02',
      startTime: '17:00',
    });
    const { text } = await p.text({ document: 'roster', groupId: bare.id });
    expect(text).toContain('Plats: [uppgift saknas]');
    expect(text).toContain('Uppgifter som saknas');
    expect(text).toMatch(/används: Plats Gruppledare Sida/);
  });
});
