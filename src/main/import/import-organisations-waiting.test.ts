// Import of organisations and waiting-list entries through the router (split from import-router.test.ts): the file picked in main, preview, one all-or-nothing commit.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ChannelOutput } from '../../shared/ipc/contract';
import { csvFile, fileIn, scriptedPickers, tempFolder } from '../../../test/support/import-files';
import { organisationInput, orgNumberFrom } from '../../../test/support/organisations';
import { childInput, setUpGroup, testNumber } from '../../../test/support/support-groups/fixtures';
import { adminPassword, createTempApp, type TempApp } from '../../../test/support/temp-app';
import { addUser } from '../../../test/support/users';

const pickers = scriptedPickers();
const folder = tempFolder();
let app: TempApp;

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

describe('organisations and the waiting list', () => {
  test('organisations: a number already registered and a check digit are problems; the rest are saved', async () => {
    await app.must('organisations:create', organisationInput());
    const opened = await mustOpen(
      'org.csv',
      csvFile(
        [
          ['Name', 'Kind', 'Org number', 'Bankgiro', 'Contact person', 'Email'],
          ['Röda Korset igen', 'ideell förening', '802002-8711', '', '', ''],
          [
            'Föreningen Trygga Barn',
            'ideell förening',
            orgNumberFrom('802479236'),
            '900-8004',
            'Sara Testsson',
            'sara@exempel.se',
          ],
          ['Malmö stad', 'kommun', '212000-1125', '', '', ''],
        ],
        'comma',
      ),
      'organisations',
    );
    const preview = await app.must('import:preview', {
      sessionId: opened.sessionId,
      mapping: opened.suggested,
    });
    expect(preview.rows.map((r) => r.problems.map((p) => p.code))).toEqual([
      ['organisations.duplicateOrgNumber'],
      [],
      ['orgNumber.checkDigit'],
    ]);
    expect(await app.must('import:commit', { sessionId: opened.sessionId, leftOut: [] })).toMatchObject({
      created: 1,
    });
    const saved = await app.must('organisations:list', { query: 'Trygga' });
    expect(saved).toEqual([
      expect.objectContaining({ orgNumber: orgNumberFrom('802479236'), kind: 'nonprofit' }),
    ]);
  });

  test('waiting list: registered children onto the chosen programme, unknown numbers are problems', async () => {
    const { programme } = await setUpGroup(app);
    const known = await app.must(
      'children:create',
      childInput({
        name: 'Väntande Testsson',
        identityKind: 'personnummer',
        identityNumber: testNumber('2015-04-10'),
        birthYear: null,
      }),
    );
    expect(await open('v.csv', csvFile([['Personnummer', 'Anmäld']]), 'waitingList')).toMatchObject({
      ok: false,
      error: { code: 'import.programmeRequired' },
    });
    const opened = await mustOpen(
      'vantelista.csv',
      csvFile([
        ['Personnummer', 'Anmäld', 'Annan kommun'],
        [known.identityNumber!, '20260215', 'nej'],
        [testNumber('2014-02-02'), '2026-02-16', ''],
      ]),
      'waitingList',
      programme.id,
    );
    const preview = await app.must('import:preview', {
      sessionId: opened.sessionId,
      mapping: opened.suggested,
    });
    expect(preview.rows.map((r) => r.problems.map((p) => p.code))).toEqual([[], ['import.childNotFound']]);
    expect(await app.must('import:commit', { sessionId: opened.sessionId, leftOut: [] })).toMatchObject({
      kind: 'waitingList',
      created: 1,
    });
    const list = await app.must('enrolments:waitingList', { programmeId: programme.id });
    expect(list).toEqual([expect.objectContaining({ childId: known.id })]);
  });
});
