// An attachment's bytes are gone when it is erased (issue 14): removed on its
// own, with its enrolment and consent when the child is deleted, with a
// draft agreement and its meeting, with a removed meeting and a deleted draft
// amendment — each through the one erasure routine. A
// byte search of the decrypted database file and its log, and of a backup
// taken afterwards, finds neither the content nor the name. A file that is
// kept survives a backup and a restore into a fresh installation, byte for byte.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfBytes, pickFolder, pngBytes } from '../../../test/support/attachments';
import {
  createPassphraseBackup,
  passphrase,
  reopen,
  runJob,
  testScryptLogN,
} from '../../../test/support/backup/support';
import { backupBytes, diskBytes, foundIn } from '../../../test/support/erased-bytes';
import { masterKeyOf } from '../../../test/support/raw-database';
import {
  admittedChild,
  consentFromAll,
  setUpGroup,
  testNumber,
} from '../../../test/support/support-groups/fixtures';
import { adminPassword, createTempApp, tempDataDir, type TempApp } from '../../../test/support/temp-app';
import { addUser, passwordOf, signIn, signInAsAdmin } from '../../../test/support/users';

let app: TempApp;
let key: Buffer;
let files: ReturnType<typeof pickFolder>;
let group: Awaited<ReturnType<typeof setUpGroup>>;

/** A PDF carrying a marker that appears nowhere else, named after a person. */
async function markedFile(marker: string, name: string): Promise<{ path: string; needles: string[] }> {
  const bytes = Buffer.concat([await pdfBytes('Underskrivet'), Buffer.from(`\n%${marker}\n`, 'latin1')]);
  return { path: files.write(name, bytes), needles: [marker, name.replace(/\.pdf$/, '')] };
}

beforeAll(async () => {
  app = createTempApp(tempDataDir(), {
    backups: { scryptLogN: testScryptLogN, logError: (e) => console.error(e) },
  });
  await app.must('installation:setup', {
    organisationName: 'Testkommunens socialförvaltning',
    admin: { username: 'admin', displayName: 'Ada Admin', password: adminPassword },
  });
  key = await masterKeyOf(app.dataDir);
  files = pickFolder();
  group = await setUpGroup(app);
  await addUser(app, 'caseworker', 'karin');
}, 120_000);
afterAll(async () => {
  files.dispose();
  await app.dispose();
});

describe('attachment erasure: the bytes are gone', () => {
  const erased: string[] = [];

  it('removed on its own', async () => {
    const file = await markedFile('BILAGA-ENSAM-4711', 'Avtal Gunnel Hemligsson.pdf');
    const added = await app.must('attachments:add', {
      record: { kind: 'agreement', id: group.agreementId },
      path: file.path,
    });
    expect(foundIn(diskBytes(app, key), file.needles)).toEqual(file.needles);
    expect(await app.must('attachments:remove', { id: added.id, confirmed: true })).toEqual({
      removed: true,
    });
    expect(foundIn(diskBytes(app, key), file.needles)).toEqual([]);
    expect(
      (await app.must('attachments:list', { record: { kind: 'agreement', id: group.agreementId } })).items,
    ).toEqual([]);
    erased.push(...file.needles);
  });

  it('with the enrolment and its consent, when the child registered by mistake is deleted', async () => {
    const { child, enrolment } = await admittedChild(app, group.group.id, group.programme.id, {
      name: 'Felregistrerad Barnsson',
      identityNumber: testNumber('2015-04-02', 982),
    });
    await consentFromAll(app, enrolment.id, [child.guardians[0]!.id]);
    // Back to an offer: a child who never had a place can be deleted as a mistake.
    await sql`UPDATE enrolment SET status = 'offered' WHERE id = ${enrolment.id}`.execute(
      app.installation.db,
    );
    const consentId = (
      await app.installation.db
        .selectFrom('consent')
        .select('id')
        .where('enrolment_id', '=', enrolment.id)
        .executeTakeFirstOrThrow()
    ).id;
    const onEnrolment = await markedFile('BILAGA-DELTAGANDE-5821', 'Anmälan Felregistrerad.pdf');
    const onConsent = await markedFile('BILAGA-SAMTYCKE-6932', 'Samtycke Vårdnadshavare Barnsson.pdf');
    await app.must('attachments:add', {
      record: { kind: 'enrolment', id: enrolment.id },
      path: onEnrolment.path,
    });
    await app.must('attachments:add', { record: { kind: 'consent', id: consentId }, path: onConsent.path });
    const needles = [...onEnrolment.needles, ...onConsent.needles];
    expect(foundIn(diskBytes(app, key), needles)).toEqual(needles);
    const current = await app.must('children:get', { id: child.id });
    await signIn(app, 'karin', passwordOf('karin'));
    await app.must('children:deleteMistake', {
      id: child.id,
      version: current.version,
      reason: 'wrongPerson',
      confirmed: true,
    });
    await signInAsAdmin(app);
    expect(foundIn(diskBytes(app, key), needles)).toEqual([]);
    expect(await app.installation.db.selectFrom('attachment_chunk').select('id').execute()).toEqual([]);
    erased.push(...needles);
  });

  it('with a draft agreement, its meeting and its tick-off, when the draft is deleted', async () => {
    const now = app.clock.now().toISOString();
    const agreementId = (
      await sql<{ id: number }>`
        INSERT INTO agreement (registration_number, title, status, start_date, end_date, payment_rule, per_child_amount, created_at, updated_at)
        VALUES ('SN-2026/999', 'Utkast', 'draft', '2026-01-01', '2026-12-31', 'quarterlyInAdvance', 0, ${now}, ${now}) RETURNING id`.execute(
        app.installation.db,
      )
    ).rows[0]!.id;
    const meetingId = (
      await sql<{ id: number }>`
        INSERT INTO agreement_meeting (agreement_id, body_key, held_on, recorded_at)
        VALUES (${agreementId}, 'steering', '2026-02-10', ${now}) RETURNING id`.execute(app.installation.db)
    ).rows[0]!.id;
    const tickOffId = (
      await sql<{ id: number }>`
        INSERT INTO agreement_commitment_tick_off (agreement_id, commitment_key, done_on, what_done, recorded_at)
        VALUES (${agreementId}, 'c1', '2026-02-10', 'Föräldraträff', ${now}) RETURNING id`.execute(
        app.installation.db,
      )
    ).rows[0]!.id;
    const onDraft = await markedFile('BILAGA-UTKAST-7043', 'Utkast Styrgrupp Persson.pdf');
    const onMeeting = await markedFile('BILAGA-MOTE-8154', 'Protokoll Möte Persson.pdf');
    const onTickOff = await markedFile('BILAGA-AVBOCKAD-2718', 'Närvarolista Träff Persson.pdf');
    await app.must('attachments:add', { record: { kind: 'agreement', id: agreementId }, path: onDraft.path });
    await app.must('attachments:add', { record: { kind: 'meeting', id: meetingId }, path: onMeeting.path });
    await app.must('attachments:add', { record: { kind: 'tickOff', id: tickOffId }, path: onTickOff.path });
    const needles = [...onDraft.needles, ...onMeeting.needles, ...onTickOff.needles];
    expect(foundIn(diskBytes(app, key), needles)).toEqual(needles);
    await app.must('agreements:deleteDraft', { id: agreementId, version: 1, confirmed: true });
    expect(foundIn(diskBytes(app, key), needles)).toEqual([]);
    erased.push(...needles);
  });

  it('with a meeting when it is removed, and with a draft amendment when it is deleted', async () => {
    const now = app.clock.now().toISOString();
    const { agreementId } = group;
    const meetingId = (
      await sql<{ id: number }>`
        INSERT INTO agreement_meeting (agreement_id, body_key, held_on, recorded_at)
        VALUES (${agreementId}, 'steering', '2026-02-11', ${now}) RETURNING id`.execute(app.installation.db)
    ).rows[0]!.id;
    const amendmentId = (
      await sql<{ id: number }>`
        INSERT INTO amendment (agreement_id, number, reason, effective_from, status, created_at, updated_at)
        VALUES (${agreementId}, 1, 'Utökad målgrupp', '2026-06-01', 'draft', ${now}, ${now}) RETURNING id`.execute(
        app.installation.db,
      )
    ).rows[0]!.id;
    const onMeeting = await markedFile('BILAGA-MOTESPROTOKOLL-9376', 'Protokoll Styrgrupp Lindqvist.pdf');
    const onAmendment = await markedFile('BILAGA-TILLAGG-0487', 'Tilläggsavtal Utkast Lindqvist.pdf');
    await app.must('attachments:add', { record: { kind: 'meeting', id: meetingId }, path: onMeeting.path });
    await app.must('attachments:add', {
      record: { kind: 'amendment', id: amendmentId },
      path: onAmendment.path,
    });
    const needles = [...onMeeting.needles, ...onAmendment.needles];
    expect(foundIn(diskBytes(app, key), needles)).toEqual(needles);
    await app.must('agreements:removeMeeting', { agreementId, meetingId });
    expect(foundIn(diskBytes(app, key), onMeeting.needles)).toEqual([]);
    const { version } = await app.must('agreements:get', { id: agreementId });
    await app.must('agreements:deleteAmendment', { id: agreementId, version, amendmentId });
    expect(foundIn(diskBytes(app, key), needles)).toEqual([]);
    erased.push(...needles);
  });

  it('nor in a backup taken afterwards', async () => {
    expect(erased).toHaveLength(16);
    expect(foundIn(await backupBytes(app, key), erased)).toEqual([]);
  });
});

/** Every file under the folder, read raw: what a thief of the disk would have. */
function rawFiles(dir: string): Buffer[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? rawFiles(join(dir, entry.name)) : [readFileSync(join(dir, entry.name))],
  );
}

describe('attachments on disk', () => {
  it('are never in clear in the data folder: not in the database, its log, nor anywhere else', async () => {
    const file = await markedFile('KLARTEXT-MARKOR-BILAGA-31415', 'Samtycke Klartextsson.pdf');
    await app.must('attachments:add', {
      record: { kind: 'agreement', id: group.agreementId },
      path: file.path,
    });
    expect(foundIn(diskBytes(app, key), file.needles)).toEqual(file.needles);
    const raw = Buffer.concat(rawFiles(app.dataDir));
    expect(foundIn(raw, file.needles)).toEqual([]);
  });
});

describe('attachments in backups', () => {
  it('a kept file survives a backup and a restore into a fresh installation, byte for byte', async () => {
    const { enrolment } = await admittedChild(app, group.group.id, group.programme.id, {
      name: 'Kvar Barnsson',
      identityNumber: testNumber('2014-09-12', 983),
    });
    const image = Buffer.concat([pngBytes(), Buffer.from('BEHÅLLS-9265', 'utf8')]);
    const kept = await app.must('attachments:add', {
      record: { kind: 'enrolment', id: enrolment.id },
      path: files.write('Skannad anmälan.png', image),
    });
    const backupFile = await createPassphraseBackup(app);
    const dir = tempDataDir();
    const fresh = reopen(dir);
    try {
      const job = await runJob(fresh, 'backup:startFreshRestore', {
        file: backupFile,
        secret: { kind: 'passphrase', passphrase },
      });
      expect(job.error).toBeNull();
      await fresh.must('auth:unlock', { username: 'admin', password: adminPassword });
      const list = await fresh.must('attachments:list', { record: { kind: 'enrolment', id: enrolment.id } });
      expect(list.items).toEqual([kept]);
      const copy = await fresh.must('attachments:saveCopy', { id: kept.id, folder: files.dir });
      expect(copy.fileName).toBe('Skannad anmälan (2).png');
      expect(readFileSync(copy.path).equals(image)).toBe(true);
    } finally {
      await fresh.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
