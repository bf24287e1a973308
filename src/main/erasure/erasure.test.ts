// Gallring of the fixture's 2025 groups: due dates, the hand-back packages per
// district (decrypted with the age library and read back), then erasure —
// after which no erased name, identity number or note is anywhere in the
// decrypted database file or its log, the anonymised records keep the 2025
// report exactly as it was, and the audit entry names only group ids.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataPaths } from '../base/data-paths';
import type { Report } from '../../shared/ipc/reports';
import { createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import { openPackage } from '../../../test/support/age-package';
import { masterKeyOf } from '../../../test/support/raw-database';
import { decryptedDatabase, decryptedWal } from '../../../test/support/reports/decrypted-pages';
import { buildFixture, fixtureChildren, type Fixture } from '../../../test/support/reports/report-fixture';

let app: TempApp;
let fixture: Fixture;
let folder: string;
let key: Buffer;
const passphrase = 'ekorre-lingon-fjällsjö-kanot';
const year2025 = (agreementId: number) => ({
  scope: { kind: 'agreement' as const, agreementId },
  period: { kind: 'year' as const, year: 2025 },
});
const withoutTime = (r: Report) => ({ ...r, generatedAt: '' });

beforeAll(async () => {
  app = await createInstalledApp();
  fixture = await buildFixture(app);
  folder = mkdtempSync(join(tmpdir(), 'iop-desk-handback-'));
  key = await masterKeyOf(app.dataDir);
}, 120_000);
afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  await app.dispose();
});

const erasedChildren = fixtureChildren.filter((c) => !['c2', 'c13', 'c14'].includes(c.key));
const c2 = fixtureChildren.find((c) => c.key === 'c2')!;

/** Everything on disk that could still hold the erased data, decrypted. */
function diskBytes(): Buffer {
  const paths = dataPaths(app.dataDir);
  return Buffer.concat([decryptedDatabase(paths.database, key), decryptedWal(`${paths.database}-wal`, key)]);
}

function secretsOf(c: (typeof fixtureChildren)[number]): string[] {
  return [
    c.name,
    c.name.toLowerCase(),
    c.identityNumber,
    c.identityNumber.replace('-', ''),
    `${c.name} vill gärna träffa`,
    `Dnr samtycke ${c.name}`,
  ];
}

describe('gallring of the 2025 groups', () => {
  let reportBefore: Report;
  let allBefore: Report;

  it('shows both finished groups as overdue, 30 days after their last session', async () => {
    const overview = await app.must('erasure:overview', {});
    expect(overview.retentionDays).toBe(30);
    expect(
      overview.groups.map((g) => [
        g.groupName,
        g.overOn,
        g.dueOn,
        g.state,
        g.enrolments,
        g.children,
        g.handedBack,
      ]),
    ).toEqual([
      ['Vårgruppen 2025', '2025-03-24', '2025-04-23', 'overdue', 7, 7, false],
      ['Höstgruppen 2025', '2025-10-20', '2025-11-19', 'overdue', 6, 6, false],
    ]);
    expect(overview.groups[0]!.districts).toEqual([
      { district: 'Farsta', enrolments: 6, handedBackAt: null },
      { district: 'Skärholmen', enrolments: 1, handedBackAt: null },
    ]);
    expect(overview.overdue).toBe(2);
    reportBefore = await app.must('reports:get', year2025(fixture.agreementId));
    allBefore = await app.must('reports:get', {
      scope: { kind: 'all' },
      period: { kind: 'year', year: 2025 },
    });
  });

  it('the retention setting moves the due dates', async () => {
    await app.must('reports:updateSettings', { threshold: 5, retentionDays: 345 });
    // Today is 2026-03-02: the spring group is due in two days, the autumn group later.
    const later = await app.must('erasure:overview', {});
    expect(later.groups.map((g) => [g.groupName, g.dueOn, g.state])).toEqual([
      ['Vårgruppen 2025', '2026-03-04', 'due'],
      ['Höstgruppen 2025', '2026-09-30', 'later'],
    ]);
    expect([later.due, later.overdue]).toEqual([1, 0]);
    await app.must('reports:updateSettings', { threshold: 5, retentionDays: 30 });
  });

  it('refuses to erase before the data is handed back, or a group that is not over', async () => {
    const early = await app.call('erasure:erase', { groupIds: [fixture.groups.g1], confirmed: true });
    expect(early.ok ? null : early.error.code).toBe('erasure.notHandedBack');
    const running = await app.call('erasure:handBack', { groupIds: [fixture.groups.g4], folder, passphrase });
    expect(running.ok ? null : running.error).toMatchObject({
      code: 'erasure.notOver',
      fields: { 'groupIds.0': 'erasure.notOver' },
    });
    const unconfirmed = await app.call('erasure:erase', {
      groupIds: [fixture.groups.g1],
      confirmed: false as unknown as true,
    });
    expect(unconfirmed.ok ? null : unconfirmed.error).toMatchObject({
      code: 'validation',
      fields: { confirmed: 'erasure.confirmRequired' },
    });
    const nowhere = await app.call('erasure:handBack', {
      groupIds: [fixture.groups.g1],
      folder: join(folder, 'finns-inte'),
      passphrase,
    });
    expect(nowhere.ok ? null : nowhere.error).toMatchObject({
      code: 'validation',
      fields: { folder: 'erasure.folderInvalid' },
    });
    const short = await app.call('erasure:handBack', {
      groupIds: [fixture.groups.g1],
      folder,
      passphrase: 'kort',
    });
    expect(short.ok ? null : short.error).toMatchObject({
      code: 'validation',
      fields: { passphrase: 'erasure.passphraseTooShort' },
    });
  });

  it('hands back one encrypted package per district, with the children, consents and attendance', async () => {
    const { packages } = await app.must('erasure:handBack', {
      groupIds: [fixture.groups.g1, fixture.groups.g2],
      folder,
      passphrase,
    });
    expect(packages.map((p) => [p.district, p.enrolments, p.fileName])).toEqual([
      ['Farsta', 8, 'Återföring Farsta 2026-03-02.tar.age'],
      ['Skärholmen', 5, 'Återföring Skärholmen 2026-03-02.tar.age'],
    ]);
    const farstaFile = readFileSync(packages[0]!.path);
    expect(farstaFile.subarray(0, 21).toString()).toBe('age-encryption.org/v1');
    for (const c of fixtureChildren) expect(farstaFile.includes(Buffer.from(c.name))).toBe(false);
    await expect(openPackage(packages[0]!.path, 'fel lösenfras helt och hållet')).rejects.toThrow();

    const farsta = await openPackage(packages[0]!.path, passphrase);
    expect([...farsta.keys()]).toEqual([
      'LASMIG.txt',
      'aterforing.pdf',
      'inskrivningar.csv',
      'samtycken.csv',
      'narvaro.csv',
      'orosanmalningar.csv',
    ]);
    const enrolments = farsta
      .get('inskrivningar.csv')!
      .subarray(3)
      .toString('utf8')
      .split('\r\n')
      .filter((l) => l !== '');
    expect(enrolments).toHaveLength(1 + 8);
    const alva = fixtureChildren[0]!;
    expect(enrolments.filter((l) => l.includes(alva.identityNumber))).toHaveLength(2);
    expect(enrolments.join('\n')).toContain('Alva Ekdahl vill gärna träffa andra barn i samma situation.');
    // Lo Persson has protected identity: in the package (social services need it), but no address anywhere.
    expect(enrolments.join('\n')).toContain('Lo Persson');
    expect(farsta.get('inskrivningar.csv')!.toString('utf8')).not.toContain('Fiktiva gatan');
    const consents = farsta.get('samtycken.csv')!.toString('utf8');
    expect(consents).toContain(
      'Förälder Ett till Alva Ekdahl;Ja;Deltagande;Lämnat;2025-01-10;Skriftligt;Dnr samtycke Alva Ekdahl',
    );
    const attendance = farsta.get('narvaro.csv')!.toString('utf8');
    expect(
      attendance.split('\r\n').filter((l) => l.startsWith(`${fixture.enrolmentIds.get('c1@g1')};`)),
    ).toHaveLength(8);
    expect(farsta.get('orosanmalningar.csv')!.toString('utf8')).toContain(
      'Cleo Grahn;2025-03-10;Socialtjänsten Farsta;Gruppledare',
    );
    const pdfPath = join(folder, 'check.pdf');
    writeFileSync(pdfPath, farsta.get('aterforing.pdf')!);
    const pdfText = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(pdfText).toContain('Återföring av personuppgifter – Farsta');
    expect(pdfText).toContain('Alva Ekdahl');
    expect(pdfText).toContain('Närvarande vid 8 av 8 registrerade träffar.');

    const skarholmen = await openPackage(packages[1]!.path, passphrase);
    const rows = skarholmen.get('inskrivningar.csv')!.toString('utf8');
    expect(rows).toContain('Gustav Kask');
    expect(rows).toContain('Familjen flyttade till en annan ort.');
    expect(rows).not.toContain('Alva Ekdahl');

    const overview = await app.must('erasure:overview', {});
    expect(overview.groups.every((g) => g.handedBack)).toBe(true);
  }, 60_000);

  it('the erased data is on disk before erasure (the decryption works)', () => {
    const bytes = diskBytes();
    expect(bytes.includes(Buffer.from(erasedChildren[0]!.name))).toBe(true);
    expect(bytes.includes(Buffer.from(erasedChildren[0]!.identityNumber))).toBe(true);
  });

  it('erases: records kept, children without other enrolments deleted, c2 kept for the spring group', async () => {
    const result = await app.must('erasure:erase', {
      groupIds: [fixture.groups.g1, fixture.groups.g2],
      confirmed: true,
    });
    expect(result).toEqual({ groups: 2, enrolments: 13, childrenDeleted: 11, childrenKept: 1, purged: true });
    const db = app.installation.db;
    expect(
      await db
        .selectFrom('participation_record')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst(),
    ).toEqual({ n: 13 });
    const children = await db.selectFrom('child').select('name').orderBy('name').execute();
    expect(children.map((c) => c.name)).toEqual(['Bea Fransson', 'Mira Qvist', 'Nils Rask']);
    const c2Id = fixture.childIds.get('c2')!;
    expect(await db.selectFrom('enrolment').select('id').where('child_id', '=', c2Id).execute()).toEqual([
      { id: fixture.enrolmentIds.get('c2@g4')! },
    ]);
    // c2's guardians stay (the spring enrolment needs their consent); the consents given for the erased enrolment are gone.
    expect(
      await db.selectFrom('guardian').select('name').where('child_id', '=', c2Id).execute(),
    ).toHaveLength(2);
    expect(await db.selectFrom('consent').selectAll().execute()).toEqual([]);
    expect(await db.selectFrom('attendance').selectAll().execute()).toEqual([]);
    const persons = await db.selectFrom('anonymous_person').select(['child_id']).execute();
    expect(persons.filter((p) => p.child_id !== null)).toEqual([{ child_id: c2Id }]);
    expect(persons).toHaveLength(12);
    expect(await db.selectFrom('anonymous_concern_report').select('reported_on').execute()).toEqual([
      { reported_on: '2025-03-10' },
    ]);
  });

  it('leaves no erased name, identity number or note anywhere in the decrypted database file or its log', () => {
    const bytes = diskBytes();
    for (const c of erasedChildren) {
      for (const secret of secretsOf(c))
        expect(bytes.includes(Buffer.from(secret, 'utf8')), `${c.key}: ${secret}`).toBe(false);
    }
    // c2 is still registered, but the note and consents of the erased enrolment are gone.
    expect(bytes.includes(Buffer.from(`${c2.name} vill gärna träffa`))).toBe(false);
    expect(bytes.includes(Buffer.from(`Dnr samtycke ${c2.name}`))).toBe(false);
    expect(bytes.includes(Buffer.from('Familjen flyttade till en annan ort.'))).toBe(false);
    expect(bytes.includes(Buffer.from(c2.name))).toBe(true);
  });

  it('keeps the 2025 reports exactly as they were', async () => {
    const after = await app.must('reports:get', year2025(fixture.agreementId));
    expect(withoutTime(after)).toEqual(withoutTime(reportBefore));
    const allAfter = await app.must('reports:get', {
      scope: { kind: 'all' },
      period: { kind: 'year', year: 2025 },
    });
    expect(withoutTime(allAfter)).toEqual(withoutTime(allBefore));
  });

  it('keeps the agreement’s count of children from other municipalities', async () => {
    const rows = await sql<{
      n: number;
    }>`SELECT sum(children) AS n FROM agreement_extra_income_count WHERE agreement_id = ${fixture.agreementId} AND year = 2025`.execute(
      app.installation.db,
    );
    expect(rows.rows[0]!.n).toBe(1);
  });

  it('writes an audit entry naming only the groups, and lists the erasure by counts', async () => {
    const entries = await app.installation.db
      .selectFrom('audit_log')
      .selectAll()
      .where('channel', 'like', 'erasure:%')
      .execute();
    expect(entries.map((e) => [e.channel, e.entity_type, e.entity_id, e.outcome])).toContainEqual([
      'erasure:erase',
      'supportGroup',
      `groups:${fixture.groups.g1},${fixture.groups.g2}`,
      'ok',
    ]);
    const everything = JSON.stringify(
      await app.installation.db.selectFrom('audit_log').selectAll().execute(),
    );
    for (const c of fixtureChildren) {
      expect(everything).not.toContain(c.name);
      expect(everything).not.toContain(c.identityNumber);
    }
    const overview = await app.must('erasure:overview', {});
    expect(overview.groups).toEqual([]);
    expect(overview.recent[0]).toMatchObject({
      groups: 2,
      enrolments: 13,
      childrenDeleted: 11,
      childrenKept: 1,
    });
  });
});
