// Attachments through the router (issue 14): each record kind's files are read
// and changed by the roles of the record itself; every call is audited with
// ids and never a file name; what is not a PDF, JPEG, PNG, DOCX or XLSX by its
// content — a renamed program, a macro document — or is empty or over 25 MB
// is refused with a Swedish message and nothing kept; a copy is the same bytes
// and never overwrites a file.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attachmentAccess,
  attachmentRecordKinds,
  type AttachmentRecordKind,
} from '../../shared/attachments/rules';
import { roles, type Role } from '../../shared/roles';
import {
  docmBytes,
  docxBytes,
  exeBytes,
  jpegBytes,
  pdfBytes,
  pickFolder,
  pngBytes,
  recordsOfEveryKind,
  xlsmBytes,
  xlsxBytes,
} from '../../../test/support/attachments';
import { auditSince, lastAuditId } from '../../../test/support/audit';
import { adminPassword, createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import { addUser, passwordOf, signIn } from '../../../test/support/users';

let app: TempApp;
let records: Record<AttachmentRecordKind, number>;
let files: ReturnType<typeof pickFolder>;
let out: ReturnType<typeof pickFolder>;
let signed: string;
const usernames: Record<Role, string> = {
  admin: 'admin',
  caseworker: 'karin',
  coordinator: 'kim',
  viewer: 'vera',
};
const signInAs = (role: Role) =>
  signIn(app, usernames[role], role === 'admin' ? adminPassword : passwordOf(usernames[role]));
const count = async () =>
  Number(
    (
      await app.installation.db
        .selectFrom('attachment')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const record = (kind: AttachmentRecordKind) => ({ kind, id: records[kind] });

beforeAll(async () => {
  app = await createInstalledApp();
  for (const role of ['caseworker', 'coordinator', 'viewer'] as const)
    await addUser(app, role, usernames[role]);
  records = await recordsOfEveryKind(app);
  files = pickFolder();
  out = pickFolder();
  signed = files.write('Samtycke Lo Persson underskrivet.pdf', await pdfBytes('Samtycke undertecknat'));
}, 120_000);
afterAll(async () => {
  files.dispose();
  out.dispose();
  await app.dispose();
});

describe('attachments: adding and listing', () => {
  it('keeps each accepted kind, recognised by content, and lists it with name, type, size, date and who', async () => {
    await signInAs('caseworker');
    const kinds = {
      'avtal.pdf': await pdfBytes('Avtal'),
      'skanning.jpg': jpegBytes(),
      'skärmbild.png': pngBytes(),
      'protokoll.docx': await docxBytes('Protokoll'),
      'närvaro.xlsx': await xlsxBytes('Närvaro'),
      // The name says nothing: a PDF called .png is kept as the PDF it is.
      'felnamn.png': await pdfBytes('Egentligen PDF'),
    };
    for (const [name, bytes] of Object.entries(kinds))
      await app.must('attachments:add', { record: record('agreement'), path: files.write(name, bytes) });
    const list = await app.must('attachments:list', { record: record('agreement') });
    expect(list.mayChange).toBe(true);
    expect(list.items.map((i) => [i.name, i.fileType])).toEqual([
      ['avtal.pdf', 'pdf'],
      ['skanning.jpg', 'jpeg'],
      ['skärmbild.png', 'png'],
      ['protokoll.docx', 'docx'],
      ['närvaro.xlsx', 'xlsx'],
      ['felnamn.png', 'pdf'],
    ]);
    expect(list.items[0]).toMatchObject({
      bytes: kinds['avtal.pdf'].length,
      addedAt: app.clock.now().toISOString(),
      addedBy: 'Karin Testsson',
    });
  });

  it('refuses a renamed program, macro documents, an empty file, a folder and a file over 25 MB, keeping nothing', async () => {
    await signInAs('caseworker');
    const before = await count();
    const refusals: [string, Buffer, string, string][] = [
      ['Avtal.pdf', exeBytes(), 'attachments.typeRefused', 'Filtypen avgörs av innehållet, inte av namnet.'],
      ['Budget.xlsm', await xlsmBytes(), 'attachments.macroRefused', 'Dokument med makron'],
      ['Budget.xlsx', await xlsmBytes(), 'attachments.macroRefused', 'Dokument med makron'],
      ['Brev.docm', await docmBytes(), 'attachments.macroRefused', 'Dokument med makron'],
      ['Tom.pdf', Buffer.alloc(0), 'attachments.empty', 'Filen är tom.'],
      [
        'Stor.pdf',
        Buffer.alloc(25 * 1024 * 1024 + 1, 0x25),
        'attachments.tooLarge',
        'Filen är större än 25 MB.',
      ],
    ];
    for (const [name, bytes, code, text] of refusals) {
      const result = await app.call('attachments:add', {
        record: record('agreement'),
        path: files.write(name, bytes),
      });
      expect(result).toEqual({
        ok: false,
        error: expect.objectContaining({ code, message: expect.stringContaining(text) }),
      });
    }
    for (const path of [
      files.dir,
      join(files.dir, 'finns-inte.pdf'),
      'relativ/fil.pdf',
      '//server/fil.pdf',
    ]) {
      const result = await app.call('attachments:add', { record: record('agreement'), path });
      expect(result.ok ? null : result.error.code).toBe('attachments.fileUnreadable');
    }
    expect(await count()).toBe(before);
  });

  it('a file of exactly 25 MB is kept, in chunks, and its copy is the same bytes', async () => {
    await signInAs('admin');
    // A PDF padded after its end to the limit, as a high-resolution scan would be.
    const head = await pdfBytes('Stor skanning');
    const bytes = Buffer.concat([head, Buffer.alloc(25 * 1024 * 1024 - head.length, 0x20)]);
    const added = await app.must('attachments:add', {
      record: record('meeting'),
      path: files.write('Protokoll stort.pdf', bytes),
    });
    expect(added.bytes).toBe(25 * 1024 * 1024);
    const chunks = await app.installation.db
      .selectFrom('attachment_chunk')
      .select('id')
      .where('attachment_id', '=', added.id)
      .execute();
    expect(chunks).toHaveLength(25);
    const copy = await app.must('attachments:saveCopy', { id: added.id, folder: out.dir });
    expect(copy.fileName).toBe('Protokoll stort.pdf');
    expect(readFileSync(copy.path).equals(bytes)).toBe(true);
  });

  it('a copy never overwrites a file, gets the ending its content calls for, and needs an existing folder', async () => {
    await signInAs('caseworker');
    const added = await app.must('attachments:add', {
      record: record('agreement'),
      path: files.write('Avtal utan ändelse', await pdfBytes('A')),
    });
    writeFileSync(join(out.dir, 'Avtal utan ändelse.pdf'), 'redan här');
    const copy = await app.must('attachments:saveCopy', { id: added.id, folder: out.dir });
    expect(copy.fileName).toBe('Avtal utan ändelse (2).pdf');
    expect(readFileSync(join(out.dir, 'Avtal utan ändelse.pdf'), 'utf8')).toBe('redan här');
    const bad = await app.call('attachments:saveCopy', { id: added.id, folder: join(out.dir, 'saknas') });
    expect(bad.ok ? null : bad.error.code).toBe('attachments.folderInvalid');
    const missing = await app.call('attachments:add', {
      record: { kind: 'consent', id: 99_999 },
      path: signed,
    });
    expect(missing.ok ? null : missing.error.code).toBe('notFound');
  });
});

describe('attachments: showing an image in the app', () => {
  it('gives a JPEG or PNG back as a data URL, refuses other kinds with a clear message, and a viewer', async () => {
    await signInAs('coordinator');
    const png = pngBytes();
    const image = await app.must('attachments:add', {
      record: record('enrolment'),
      path: files.write('Skannad.png', png),
    });
    expect(await app.must('attachments:view', { id: image.id })).toEqual({
      dataUrl: `data:image/png;base64,${png.toString('base64')}`,
    });
    const pdf = await app.must('attachments:add', { record: record('enrolment'), path: signed });
    expect(await app.call('attachments:view', { id: pdf.id })).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'attachments.notViewable',
        message: expect.stringContaining('Spara en kopia'),
      }),
    });
    await signInAs('viewer');
    const denied = await app.call('attachments:view', { id: image.id });
    expect(denied.ok ? null : denied.error.code).toBe('forbidden');
  });
});

describe('attachments: the record’s roles', () => {
  it('every role reads and changes exactly the files of the records it may read and change', async () => {
    await signInAs('admin');
    const owned = new Map<AttachmentRecordKind, number>();
    for (const kind of attachmentRecordKinds)
      owned.set(kind, (await app.must('attachments:add', { record: record(kind), path: signed })).id);
    const seen: string[] = [];
    for (const role of roles) {
      await signInAs(role);
      for (const kind of attachmentRecordKinds) {
        const mayRead = attachmentAccess[kind].read.includes(role);
        const mayWrite = attachmentAccess[kind].write.includes(role);
        const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code);
        const list = await app.call('attachments:list', { record: record(kind) });
        const copy = await app.call('attachments:saveCopy', { id: owned.get(kind)!, folder: out.dir });
        const before = await count();
        const add = await app.call('attachments:add', { record: record(kind), path: signed });
        expect(await count()).toBe(before + (mayWrite ? 1 : 0));
        const remove = add.ok
          ? await app.call('attachments:remove', { id: add.value.id, confirmed: true })
          : await app.call('attachments:remove', { id: owned.get(kind)!, confirmed: true });
        expect(await count()).toBe(before);
        seen.push(`${role} ${kind}: ${[list, copy, add, remove].map(code).join(' ')}`);
        const r = mayRead ? 'ok' : 'forbidden';
        const w = mayWrite ? 'ok' : 'forbidden';
        expect(seen.at(-1)).toBe(`${role} ${kind}: ${r} ${r} ${w} ${w}`);
        if (list.ok) expect(list.value.mayChange).toBe(mayWrite);
      }
    }
    // The rule in words, so a change to it shows here.
    expect(seen.filter((s) => s.startsWith('coordinator')).map((s) => s.split(': ')[1])).toEqual([
      'ok ok forbidden forbidden', // agreement
      'ok ok forbidden forbidden', // amendment
      'ok ok ok ok', // meeting
      'ok ok ok ok', // consent
      'ok ok ok ok', // enrolment
      'ok ok forbidden forbidden', // deficiency
      'ok ok ok ok', // tickOff: the organisation's own follow-up, like recording the tick-off
    ]);
    expect(
      seen
        .filter((s) => s.startsWith('viewer'))
        .every((s) => s.endsWith('forbidden forbidden forbidden forbidden')),
    ).toBe(true);
  });

  it('audits every call with ids only: never the file’s name or content', async () => {
    await signInAs('caseworker');
    const from = await lastAuditId(app);
    const added = await app.must('attachments:add', { record: record('consent'), path: signed });
    await app.must('attachments:list', { record: record('consent') });
    await app.must('attachments:saveCopy', { id: added.id, folder: out.dir });
    await app.must('attachments:remove', { id: added.id, confirmed: true });
    await signInAs('viewer');
    await app.call('attachments:list', { record: record('consent') });
    await signInAs('caseworker');
    const entries = (await auditSince(app, from)).filter((e) => e.channel.startsWith('attachments:'));
    expect(entries.map((e) => [e.channel, e.entityType, e.entityId, e.outcome])).toEqual([
      ['attachments:add', 'attachment', String(added.id), 'ok'],
      ['attachments:list', 'attachments', `consent:${records.consent}`, 'ok'],
      ['attachments:saveCopy', 'attachment', String(added.id), 'ok'],
      ['attachments:remove', 'attachment', String(added.id), 'ok'],
      // A refused call is audited without its input.
      ['attachments:list', 'attachments', null, 'denied'],
    ]);
    const log = JSON.stringify(await app.installation.db.selectFrom('audit_log').selectAll().execute());
    expect(log).not.toContain('Lo Persson');
    expect(log).not.toContain('underskrivet');
  });
});
