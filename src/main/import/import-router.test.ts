// Import through the router, as the renderer calls it: the file picked in main,
// the preview (a protected child masked), the commit (one transaction, one
// audit entry with counts only), the skipped rows exported and imported again,
// bad files refused with nothing saved, roles, cancel, and the waiting list.
import { readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { ChannelOutput } from '../../shared/ipc/contract';
import { auditSince, lastAuditId } from '../../../test/support/audit';
import {
  childHeader,
  childNumber,
  childRows,
  csvFile,
  fileIn,
  scriptedPickers,
  tempFolder,
  xlsxBytes,
} from '../../../test/support/import-files';
import { childInput } from '../../../test/support/support-groups/fixtures';
import { adminPassword, createTempApp, type TempApp } from '../../../test/support/temp-app';
import { addUser, passwordOf, signIn } from '../../../test/support/users';

const pickers = scriptedPickers();
const folder = tempFolder();
let app: TempApp;

const secretStreet = 'Hemliggränd 99';
const children = () => app.installation.db.selectFrom('child').select(['id', 'name']).execute();

beforeAll(async () => {
  app = createTempApp(undefined, { pickers });
  await app.must('installation:setup', {
    organisationName: 'Testkommunens socialförvaltning',
    admin: { username: 'admin', displayName: 'Ada Admin', password: adminPassword },
  });
  await addUser(app, 'viewer', 'vera');
  await addUser(app, 'coordinator', 'kim');
});
afterAll(async () => {
  await app.dispose();
  rmSync(folder, { recursive: true, force: true });
});

async function open(
  name: string,
  bytes: Buffer,
  kind: 'children' | 'organisations' | 'waitingList' = 'children',
  programmeId: number | null = null,
) {
  pickers.file = fileIn(folder, name, bytes);
  return app.call('import:open', { kind, programmeId });
}

async function mustOpen(
  ...args: Parameters<typeof open>
): Promise<NonNullable<ChannelOutput<'import:open'>>> {
  const result = await open(...args);
  if (!result.ok || result.value === null) throw new Error(JSON.stringify(result));
  return result.value;
}

describe('children: preview, commit, skipped rows out and in again', () => {
  test('ten rows, four with problems; the protected child masked in the preview', async () => {
    // A child already in the register.
    await app.must(
      'children:create',
      childInput({
        name: 'Redan Registrerad',
        identityKind: 'personnummer',
        identityNumber: childNumber(3),
        birthYear: null,
      }),
    );
    const rows = childRows(10);
    rows[1]![1] = '20121212-1213'; // check digit wrong
    rows[4]![1] = rows[2]![1]!; // the same number twice in the file
    rows[6]![2] = 'fosterhem'; // no such placement basis
    rows[7]![5] = 'ja'; // protected identity
    rows[7]![6] = secretStreet;
    const before = await lastAuditId(app);
    const opened = await mustOpen(
      'barn.xlsx',
      await xlsxBytes([['Barnlista HT 2026'], [], childHeader, ...rows]),
    );
    expect(opened).toMatchObject({
      fileName: 'barn.xlsx',
      headerLine: 3,
      rowCount: 10,
      headers: childHeader,
    });
    expect(opened.suggested).toMatchObject({
      name: 0,
      identityNumber: 1,
      placementBasis: 2,
      district: 3,
      homeMunicipality: 4,
      protectedIdentity: 5,
      street: 6,
      guardian1Name: 9,
    });

    const preview = await app.call('import:preview', {
      sessionId: opened.sessionId,
      mapping: opened.suggested,
    });
    if (!preview.ok) throw new Error(JSON.stringify(preview));
    expect(preview.value).toMatchObject({ valid: 6, invalid: 4 });
    const problems = Object.fromEntries(
      preview.value.rows.filter((r) => r.problems.length > 0).map((r) => [r.line, r.problems]),
    );
    expect(problems).toEqual({
      5: [{ field: 'identityNumber', code: 'identityNumber.checkDigit' }],
      7: [{ field: 'identityNumber', code: 'children.duplicateIdentityNumber' }],
      8: [{ field: 'identityNumber', code: 'import.duplicateInFile' }],
      10: [{ field: 'placementBasis', code: 'import.placementBasis' }],
    });
    const masked = preview.value.rows.find((r) => r.line === 11)!;
    expect(masked.cells).toMatchObject({
      street: null,
      postalCode: null,
      city: null,
      name: 'Hugo Testsson 7',
    });
    expect(JSON.stringify(preview)).not.toContain(secretStreet);
    // Nothing saved by looking.
    expect(await children()).toHaveLength(1);
    expect((await auditSince(app, before)).map((e) => [e.channel, e.entityType, e.outcome])).toEqual([
      ['import:open', 'import', 'ok'],
      ['import:preview', 'import', 'ok'],
    ]);

    // Leave one valid row out; commit the rest.
    const beforeCommit = await lastAuditId(app);
    const committed = await app.must('import:commit', { sessionId: opened.sessionId, leftOut: [4] });
    expect(committed).toEqual({
      kind: 'children',
      created: 5,
      skipped: [
        { line: 4, problems: [{ field: null, code: 'import.leftOut' }] },
        { line: 5, problems: [{ field: 'identityNumber', code: 'identityNumber.checkDigit' }] },
        { line: 7, problems: [{ field: 'identityNumber', code: 'children.duplicateIdentityNumber' }] },
        { line: 8, problems: [{ field: 'identityNumber', code: 'import.duplicateInFile' }] },
        { line: 10, problems: [{ field: 'placementBasis', code: 'import.placementBasis' }] },
      ],
    });
    expect(await children()).toHaveLength(6);
    const audit = await auditSince(app, beforeCommit);
    expect(audit).toEqual([
      expect.objectContaining({
        channel: 'import:commit',
        entityType: 'import',
        entityId: 'children: 5 skapade, 5 ej importerade',
        outcome: 'ok',
      }),
    ]);
    const protectedChild = await app.installation.db
      .selectFrom('child')
      .select(['protected_identity', 'street'])
      .where('name', '=', 'Hugo Testsson 7')
      .executeTakeFirstOrThrow();
    expect(protectedChild).toEqual({ protected_identity: 1, street: secretStreet });
    // Stored as the form stores it: found by search, guardians with custody, protection recorded.
    const [found] = await app.must('children:list', { query: 'Frej Testsson' });
    const saved = await app.must('children:get', { id: found!.id });
    expect(saved).toMatchObject({
      name: 'Frej Testsson 5',
      identityKind: 'personnummer',
      placementBasis: 'SoL',
      homeMunicipality: 'Malmö',
      district: 'Norr',
      guardians: [{ name: 'Förälder Testsson 5', hasCustody: true, phone: '070-123 45 67' }],
    });
    expect(saved.contact).toMatchObject({
      masked: false,
      details: { address: { street: 'Provgatan 6', postalCode: '211 20', city: 'Malmö' } },
    });
    const hidden = await app.must('children:list', { query: 'Hugo Testsson' });
    expect(hidden).toEqual([expect.objectContaining({ protectedIdentity: true, city: null })]);
    // The same check cannot be saved twice.
    expect(await app.call('import:commit', { sessionId: opened.sessionId, leftOut: [] })).toMatchObject({
      ok: false,
      error: { code: 'import.previewFirst' },
    });

    // The skipped rows out as CSV, with the file's own columns and why.
    pickers.folder = folder;
    const exported = await app.must('import:exportSkipped', { sessionId: opened.sessionId });
    expect(exported.fileName).toBe('import-barn-ej-importerade-2026-03-02.csv');
    const csv = parse(readFileSync(join(folder, exported.fileName!), 'utf8').replace(/^\uFEFF/, ''), {
      delimiter: ';',
    }) as string[][];
    expect(csv[0]).toEqual([...childHeader, 'Skäl att raden inte importerades']);
    expect(csv.slice(1).map((r) => r[0])).toEqual([
      'Alva Testsson 0',
      'Bo Testsson 1',
      'Dante Testsson 3',
      'Ebba Testsson 4',
      'Gry Testsson 6',
    ]);
    expect(csv[2]![12]).toBe(
      'Personnummer: Kontrollsiffran stämmer inte. Kontrollera att numret är rätt inskrivet.',
    );

    // Fixed in the file (the check digit, the placement basis), imported again with the remembered mapping.
    const fixed = csv.map((r) => [...r]);
    fixed[2]![1] = childNumber(41);
    fixed[5]![2] = 'SoL';
    const again = await mustOpen('fixade.csv', csvFile(fixed, 'windows-1252'));
    expect(again.suggested).toEqual(opened.suggested);
    const second = await app.must('import:preview', { sessionId: again.sessionId, mapping: again.suggested });
    expect(second.rows.map((r) => [r.line, r.problems.map((p) => p.code)])).toEqual([
      [2, []],
      [3, []],
      [4, ['children.duplicateIdentityNumber']],
      [5, ['children.duplicateIdentityNumber']],
      [6, []],
    ]);
    expect(await app.must('import:commit', { sessionId: again.sessionId, leftOut: [] })).toMatchObject({
      created: 3,
    });
    expect(await children()).toHaveLength(9);
  });
});

describe('bad files: a clear refusal and nothing saved', () => {
  test.each([
    [
      'inte-kalkylblad.pdf',
      Buffer.from('%PDF-1.7\n\u0000\u0001\u0002\u0003binary'),
      'import.notSpreadsheet',
      'Filen är inget kalkylblad',
    ],
    ['tom.csv', Buffer.alloc(0), 'import.empty', 'Filen är tom'],
    ['utan-rubrik.csv', csvFile(childRows(3)), 'import.noHeader', 'Hittade ingen rubrikrad'],
    ['makro.xlsm', Buffer.from('PK\u0003\u0004'), 'import.macroWorkbook', 'makron'],
  ])('%s', async (name, bytes, code, text) => {
    const before = (await children()).length;
    expect(await open(name, bytes)).toEqual({
      ok: false,
      error: { code, message: expect.stringContaining(text) },
    });
    expect(await children()).toHaveLength(before);
  });

  test('over 50 MB is refused before it is read', async () => {
    const path = join(folder, 'stor.csv');
    writeFileSync(path, '');
    truncateSync(path, 50 * 1024 * 1024 + 1);
    pickers.file = path;
    expect(await app.call('import:open', { kind: 'children' })).toMatchObject({
      ok: false,
      error: { code: 'import.tooLarge' },
    });
  });

  test('more than 50,000 rows is refused: split the file', async () => {
    const many = Buffer.from(`Namn;Hemkommun\r\n${'A;B\r\n'.repeat(50_001)}`, 'utf8');
    expect(await open('manga.csv', many)).toMatchObject({
      ok: false,
      error: { code: 'import.tooManyRows', message: expect.stringContaining('fler än 50 000 rader') },
    });
  });

  test('a cancelled dialog opens nothing', async () => {
    pickers.file = null;
    expect(await app.must('import:open', { kind: 'children' })).toBeNull();
  });

  test('a formula without a stored value is a problem on its row', async () => {
    const bytes = await xlsxBytes([childHeader, ...childRows(2, 100)], (sheet) => {
      sheet.getCell('E3').value = { formula: 'A1&"x"' } as never;
    });
    const opened = await mustOpen('formel.xlsx', bytes);
    const preview = await app.must('import:preview', {
      sessionId: opened.sessionId,
      mapping: opened.suggested,
    });
    expect(preview.rows.map((r) => r.problems)).toEqual([
      [],
      expect.arrayContaining([{ field: 'homeMunicipality', code: 'import.formulaNoValue' }]),
    ]);
  });

  test('a mapping without a required field is refused, naming the field', async () => {
    const opened = await mustOpen('lista.csv', csvFile([childHeader, ...childRows(1, 200)]));
    const result = await app.call('import:preview', {
      sessionId: opened.sessionId,
      mapping: { ...opened.suggested, homeMunicipality: null },
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'import.mappingIncomplete', fields: { homeMunicipality: 'import.fieldNotMapped' } },
    });
  });
});

describe('who may import, and a cancel', () => {
  test('a viewer may not; a coordinator may import children but not organisations; a session is its user’s own', async () => {
    const opened = await mustOpen('lista.csv', csvFile([childHeader, ...childRows(2, 300)]));
    await signIn(app, 'vera', passwordOf('vera'));
    expect(await open('lista.csv', csvFile([childHeader]))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await signIn(app, 'kim', passwordOf('kim'));
    expect(
      await app.call('import:preview', { sessionId: opened.sessionId, mapping: opened.suggested }),
    ).toMatchObject({ ok: false, error: { code: 'import.sessionGone' } });
    expect(
      await open('org.csv', csvFile([['Namn', 'Typ', 'Organisationsnummer']]), 'organisations'),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await open('barn.csv', csvFile([childHeader, ...childRows(1, 301)]))).ok).toBe(true);
    await signIn(app, 'admin', adminPassword);
  });

  test('a lock drops the open file: after unlocking it must be chosen again', async () => {
    const opened = await mustOpen('lista.csv', csvFile([childHeader, ...childRows(1, 350)]));
    await app.must('auth:lock', {});
    await signIn(app, 'admin', adminPassword);
    expect(
      await app.call('import:preview', { sessionId: opened.sessionId, mapping: opened.suggested }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'import.sessionGone',
        message: 'Filen är inte längre öppen för import. Välj filen igen.',
      },
    });
  });

  test('a commit cancelled while it runs saves nothing', async () => {
    const opened = await mustOpen('lista.csv', csvFile([childHeader, ...childRows(600, 400)]));
    await app.must('import:preview', { sessionId: opened.sessionId, mapping: opened.suggested });
    const before = (await children()).length;
    const commit = app.call('import:commit', { sessionId: opened.sessionId, leftOut: [] });
    await new Promise((resolve) => setImmediate(resolve));
    await app.must('import:cancel', { sessionId: opened.sessionId });
    expect(await commit).toMatchObject({
      ok: false,
      error: { code: 'import.cancelled', message: 'Importen avbröts. Inget sparades.' },
    });
    expect(await children()).toHaveLength(before);
  });
});
