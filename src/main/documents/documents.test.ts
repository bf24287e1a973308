// The agreement and the decision memo as DOCX and PDF, generated in main into
// a folder the user chose, read back as text.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Agreement } from '../../shared/ipc/agreements';
import { auditSince, lastAuditId } from '../../../test/support/audit';
import { docxText, pdfText } from '../../../test/support/agreements/document-text';
import {
  malmoRegionRedCross,
  stockholmBris,
  umbrella,
  withCriteria,
} from '../../../test/support/agreements/fixtures';
import {
  activate,
  agreementsApp,
  create,
  failure,
  type AgreementsApp,
} from '../../../test/support/agreements/helpers';

let t: AgreementsApp;
let folder: string;
let malmo: Agreement;
let paraply: Agreement;

beforeAll(async () => {
  t = await agreementsApp();
  folder = mkdtempSync(join(tmpdir(), 'iop-desk-docs-'));
  const data = withCriteria(malmoRegionRedCross(t.ids));
  data.parties[2]!.contacts = [
    { name: 'Lena Lund', title: 'Verksamhetsledare', phone: '040-12 34 56', email: 'lena@example.org' },
  ];
  data.parties[2]!.signatory = { name: 'Per Persson', title: 'Regionchef' };
  data.memo = {
    ...data.memo,
    caseworker: 'Karin Handläggare',
    date: '2020-10-20',
    administrationView: 'Förvaltningen ser partnerskapet som ett bra komplement.',
  };
  malmo = await create(t.app, data);
  paraply = await activate(t.app, await create(t.app, withCriteria(umbrella(t.ids, '2026-01-01'))));
});
afterAll(async () => {
  await t.app.dispose();
  rmSync(folder, { recursive: true, force: true });
});

const generate = (a: Agreement, document: 'agreement' | 'decisionMemo', format: 'docx' | 'pdf') =>
  t.app.must('agreements:generateDocument', { id: a.id, document, format, folder });

/** Checks the agreement's text, the same for both formats. */
function expectAgreementText(text: string) {
  expect(text).toContain('Överenskommelse om idéburet offentligt partnerskap');
  expect(text).toContain('Diarienummer: 2.3.4-565/2021');
  // Numbered sections.
  expect(text).toMatch(/1\. Parter/);
  expect(text).toMatch(/\d+\. Ekonomi/);
  expect(text).toMatch(/\d+\. Period, förlängning och uppsägning/);
  expect(text).toMatch(/\d+\. Bilagor/);
  expect(text).toMatch(/\d+\. Underskrifter/);
  // Parties with organisation numbers and addresses.
  expect(text).toContain('232100-0255');
  expect(text).toContain('212000-1124');
  expect(text).toContain('802002-8711');
  expect(text).toContain('August Palms plats 1, 205 80 Malmö');
  expect(text).toContain('Lena Lund');
  // Budget table and financing split.
  expect(text).toContain('1 070 000 kr');
  expect(text).not.toContain('avrundas');
  // No budget lines are made up: the budget table has only the sum.
  expect(text).not.toContain('820 000 kr');
  expect(text).toMatch(/Region Skåne\s+400 000 kr/);
  expect(text).toMatch(/Svenska Röda Korset \(egen insats\)\s+270 000 kr/);
  // Period and notice terms, extension decision 9 months before the end.
  expect(text).toContain('2021-01-01 – 2024-12-31');
  expect(text).toContain('2024-03-31');
  expect(text).toContain('Högst 2 år');
  // Clauses filled from the data, no placeholder left.
  expect(text).toContain('Ett helt år kostar 1 070 000 kr');
  expect(text).not.toContain('{{');
  // One signature block per party.
  expect(text.match(/Namnförtydligande/g)).toHaveLength(3);
  expect(text).toContain('Per Persson');
  expect(text).toContain('tre likalydande exemplar');
  // Said once, not again above the signature blocks.
  expect(text.match(/likalydande exemplar/g)).toHaveLength(1);
  // 9 months' notice on breach; no fee per child, so nothing printed about one.
  expect(text).toContain('Uppsägningstid: 9 månader');
  expect(text).toContain('Om en part inte fullgör sina åtaganden');
  expect(text).not.toContain('per barn');
}

describe('agreement documents', () => {
  test('DOCX: Swedish text with parties, budget, financing, period, appendices and signature blocks', async () => {
    const result = await generate(malmo, 'agreement', 'docx');
    expect(result.fileName).toBe('Överenskommelse 2.3.4-565-2021.docx');
    expect(result.path).toBe(join(folder, result.fileName));
    expect(result.bytes).toBeGreaterThan(5000);
    expectAgreementText(docxText(result.path));
  });

  test('PDF: the same text', async () => {
    const result = await generate(malmo, 'agreement', 'pdf');
    expect(result.fileName).toBe('Överenskommelse 2.3.4-565-2021.pdf');
    const text = pdfText(result.path);
    expectAgreementText(text);
    expect(text).toMatch(/Sida 1 av \d+/);
  });

  test('the umbrella lists one appendix per organisation and the 4 months’ notice to the steering group', async () => {
    for (const format of ['docx', 'pdf'] as const) {
      const result = await generate(paraply, 'agreement', format);
      const text = format === 'docx' ? docxText(result.path) : pdfText(result.path);
      expect(text).toContain('Bilaga 1: Svenska Röda Korset – åtaganden och ekonomi');
      expect(text).toContain('Bilaga 3: Stockholms stadsmission – åtaganden och ekonomi');
      expect(text).toContain('4 månader efter skriftlig uppsägning till styrgruppen');
      expect(text).toMatch(/Malmö stad till Rädda Barnen\s+500 000 kr/);
      // Quarterly instalments state their rounding (a yearly invoice is never split).
      expect(text).toMatch(/Varje utbetalning avrundas till\s+hela\s+kronor/);
      expect(text).toContain('Sista dag att säga upp före slutdatum');
      expect(text).toContain('2028-08-31');
      // Signatures recorded in the app are printed in the blocks.
      expect(text).toContain('Malmö 2026-02-19');
      expect(text.match(/Namnförtydligande/g)).toHaveLength(4);
    }
  });

  test('the support groups of 2017: no notice period, the fee, and no claim that the Convention was law', async () => {
    const bris = await create(t.app, withCriteria(stockholmBris(t.ids)));
    const text = docxText((await generate(bris, 'agreement', 'docx')).path).replace(/\u00a0/g, ' ');
    expect(text).toContain(
      'Uppsägningstid: Ingen. Vid uppsägning upphör överenskommelsen när de insatser som redan har påbörjats är genomförda',
    );
    expect(text).toContain('Varje part kan säga upp överenskommelsen utan uppsägningstid.');
    expect(text).not.toMatch(/\d+ månaders uppsägningstid|Sista dag att säga upp/);
    expect(text).toContain('Ersättning per barn från annan kommun: 5 000 kr.');
    expect(text).toContain('mot en ersättning på 5 000 kr per barn');
    expect(text).toContain('Barnkonventionen är grunden');
    expect(text).not.toContain('svensk lag');
    expect(text).toContain('personuppgiftslagen och, från den 25 maj 2018, dataskyddsförordningen');
    expect(text.match(/likalydande exemplar/g)).toHaveLength(1);
    const memo = docxText((await generate(bris, 'decisionMemo', 'docx')).path);
    expect(memo).toContain('Uppsägningstid: Ingen uppsägningstid');
  });

  test('an existing file is never overwritten', async () => {
    const first = await generate(malmo, 'decisionMemo', 'docx');
    const second = await generate(malmo, 'decisionMemo', 'docx');
    expect(second.fileName).toBe('Tjänsteutlåtande 2.3.4-565-2021 (2).docx');
    expect(readdirSync(folder)).toEqual(expect.arrayContaining([first.fileName, second.fileName]));
  });
});

describe('decision memo (tjänsteutlåtande)', () => {
  test('caseworker, date, proposal, background, the matter, preparation, the administration’s view, appendices', async () => {
    for (const format of ['docx', 'pdf'] as const) {
      const result = await generate(malmo, 'decisionMemo', format);
      const text = format === 'docx' ? docxText(result.path) : pdfText(result.path);
      expect(text).toContain('Tjänsteutlåtande');
      expect(text).toContain('Handläggare: Karin Handläggare');
      expect(text).toContain('Datum: 2020-10-20');
      expect(text).toMatch(/1\. Förslag till beslut/);
      expect(text).toMatch(/godkänner det idéburna offentliga partnerskapet med Svenska Röda Korset/);
      expect(text).toMatch(
        /uppdrar åt förvaltningschefen att underteckna\s+överenskommelsen och att besluta om ändringar/,
      );
      for (const heading of ['Bakgrund', 'Ärendet', 'Beredning', 'Förvaltningens synpunkter', 'Bilagor']) {
        expect(text).toMatch(new RegExp(`\\d\\. ${heading}`));
      }
      expect(text).toContain('Förvaltningen ser partnerskapet som ett bra komplement.');
      expect(text).toContain('Förslag till överenskommelse');
      expect(text).toContain('Det finns ingen marknad eller konkurrens att skydda');
    }
  });
});

describe('the folder', () => {
  test('must be an existing absolute directory; nothing is written otherwise', async () => {
    const file = join(folder, 'inte-en-mapp.txt');
    writeFileSync(file, 'x');
    const before = readdirSync(folder).length;
    for (const bad of ['relativ/mapp', join(folder, 'finns-inte'), file, '']) {
      const error = await failure(
        t.app.call('agreements:generateDocument', {
          id: malmo.id,
          document: 'agreement',
          format: 'pdf',
          folder: bad,
        }),
      );
      expect(error.code === 'documents.folderInvalid' || error.code === 'validation').toBe(true);
      expect(error.fields).toEqual({ folder: 'documents.folderInvalid' });
    }
    expect(readdirSync(folder).length).toBe(before);
  });

  test('generation is audited with the agreement id', async () => {
    const since = await lastAuditId(t.app);
    await generate(malmo, 'agreement', 'pdf');
    expect(await auditSince(t.app, since)).toEqual([
      {
        userId: 1,
        role: 'admin',
        channel: 'agreements:generateDocument',
        entityType: 'agreementDocument',
        entityId: String(malmo.id),
        outcome: 'ok',
      },
    ]);
  });
});
