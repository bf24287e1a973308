// Property: a file's rows are either all in or none. Random files (valid and
// broken rows, rows left out) are checked and committed; some get a row that
// the register takes between the preview and the commit, so the service
// refuses it inside the commit. Either every row that should be saved is, or
// not one of them is.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  childHeader,
  childNumber,
  childRows,
  csvFile,
  fileIn,
  scriptedPickers,
  tempFolder,
} from '../../../test/support/import-files';
import { childInput } from '../../../test/support/support-groups/fixtures';
import { adminPassword, createTempApp, type TempApp } from '../../../test/support/temp-app';

const pickers = scriptedPickers();
const folder = tempFolder();
let app: TempApp;
let next = 5000;

beforeAll(async () => {
  app = createTempApp(undefined, { pickers });
  await app.must('installation:setup', {
    organisationName: 'Testkommunens socialförvaltning',
    admin: { username: 'admin', displayName: 'Ada Admin', password: adminPassword },
  });
});
afterAll(() => app.dispose());

const countChildren = async () =>
  Number(
    (
      await app.installation.db
        .selectFrom('child')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const rowSpec = fc.record({ broken: fc.boolean(), leftOut: fc.boolean(), takenMeanwhile: fc.boolean() });

test('a commit saves every valid row not left out, or none', async () => {
  const seen = { nothingToSave: 0, refused: 0, saved: 0 };
  await fc.assert(
    fc.asyncProperty(
      fc.array(rowSpec, { minLength: 1, maxLength: 25 }),
      fc.boolean(),
      async (specs, allowConflict) => {
        const from = next;
        next += specs.length;
        const rows = childRows(specs.length, from);
        specs.forEach((s, i) => {
          if (s.broken) rows[i]![2] = 'okänd';
        });
        pickers.file = fileIn(folder, `fil-${from}.csv`, csvFile([childHeader, ...rows]));
        const opened = await app.must('import:open', { kind: 'children' });
        if (!opened) throw new Error('not opened');
        await app.must('import:preview', { sessionId: opened.sessionId, mapping: opened.suggested });
        const leftOut = specs.flatMap((s, i) => (s.leftOut ? [i + 2] : []));
        const toSave = specs.filter((s) => !s.broken && !s.leftOut);
        const conflicts = allowConflict ? toSave.filter((s) => s.takenMeanwhile) : [];
        // The register takes some numbers after the preview.
        for (const [i, s] of specs.entries()) {
          if (allowConflict && s.takenMeanwhile && !s.broken && !s.leftOut)
            await app.must(
              'children:create',
              childInput({
                name: `Emellan ${i}`,
                identityKind: 'personnummer',
                identityNumber: childNumber(from + i),
                birthYear: null,
              }),
            );
        }
        const before = await countChildren();
        const result = await app.call('import:commit', { sessionId: opened.sessionId, leftOut });
        const after = await countChildren();
        if (toSave.length === 0) {
          expect(result).toMatchObject({ ok: false, error: { code: 'import.nothingToSave' } });
          expect(after).toBe(before);
          seen.nothingToSave++;
        } else if (conflicts.length > 0) {
          expect(result).toMatchObject({
            ok: false,
            error: {
              code: 'import.rowRefused',
              message: expect.stringMatching(
                /^Rad \d+ kunde inte sparas: Det finns redan ett barn med det person/,
              ),
            },
          });
          expect(after).toBe(before);
          seen.refused++;
        } else {
          expect(result).toMatchObject({ ok: true, value: { created: toSave.length } });
          expect(after).toBe(before + toSave.length);
          seen.saved++;
        }
      },
    ),
    { numRuns: 25, seed: 14 },
  );
  // Each way a commit can end was really tried.
  expect(seen.refused).toBeGreaterThan(0);
  expect(seen.saved).toBeGreaterThan(0);
}, 120_000);
