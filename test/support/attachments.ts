// Files to attach, built in the test: a real PDF, PNG, JPEG, DOCX and XLSX,
// their macro-enabled twins, and a program renamed to look like a PDF.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { sql } from 'kysely';
import PDFDocument from 'pdfkit';
import type { AttachmentRecordKind } from '../../src/shared/attachments/rules';
import { organisationInput } from './agreements/fixtures';
import { admittedChild, consentFromAll, setUpGroup } from './support-groups/fixtures';
import type { TempApp } from './temp-app';

/** A one-page PDF with the text, uncompressed so a byte search finds it. */
export function pdfBytes(text: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      compress: false,
      info: { CreationDate: new Date('2026-03-02T09:00:00Z') },
    });
    const parts: Buffer[] = [];
    doc.on('data', (p: Buffer) => parts.push(p));
    doc.on('end', () => resolve(Buffer.concat(parts)));
    doc.on('error', reject);
    doc.text(text);
    doc.end();
  });
}

/** A 1×1 PNG. */
export const pngBytes = () =>
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  );

/** A width×height PNG of blue and white bands, like a photo of a whiteboard would not be, but visibly an image. */
export function bandedPng(width = 480, height = 270): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const blue = Math.floor(y / 30) % 2 === 0;
    for (let x = 0; x < width; x++)
      rows.set(blue ? [34, 139, 230] : [248, 249, 250], y * (width * 3 + 1) + 1 + x * 3);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The start of a JFIF JPEG (what the signature check reads). */
export const jpegBytes = () =>
  Buffer.concat([
    Buffer.from([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00,
      0x01, 0x00, 0x00,
    ]),
    Buffer.alloc(200, 0x11),
    Buffer.from([0xff, 0xd9]),
  ]);

export async function docxBytes(text: string): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(text)] }] }));
}

export async function xlsxBytes(text: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Blad1').addRow([text]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The package with its main part's content type replaced and, if asked, a VBA project added. */
function repack(bytes: Buffer, from: string, to: string, vbaPart?: string): Buffer {
  const files = unzipSync(new Uint8Array(bytes));
  const types = strFromU8(files['[Content_Types].xml']!);
  files['[Content_Types].xml'] = strToU8(types.replace(from, to));
  if (vbaPart) files[vbaPart] = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4]);
  return Buffer.from(zipSync(files));
}

const wordMain = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const excelMain = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';

/** A .docm: Word's macro-enabled main part and a VBA project. */
export const docmBytes = async () =>
  repack(
    await docxBytes('Makro'),
    wordMain,
    'application/vnd.ms-word.document.macroEnabled.main+xml',
    'word/vbaProject.bin',
  );
/** A .xlsm: Excel's macro-enabled main part and a VBA project. */
export const xlsmBytes = async () =>
  repack(
    await xlsxBytes('Makro'),
    excelMain,
    'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
    'xl/vbaProject.bin',
  );
/** A plain DOCX's content types with a VBA project slipped in (a .docm renamed and relabelled). */
export const docxWithVba = async () =>
  repack(await docxBytes('Makro'), wordMain, wordMain, 'word/vbaProject.bin');
/** A PowerPoint-like package: a ZIP with OOXML content types that are neither Word nor Excel. */
export const pptxLike = async () =>
  repack(
    await docxBytes('Bildspel'),
    wordMain,
    'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
  );

/** A Windows program: MZ header and a PE signature. */
export function exeBytes(): Buffer {
  const bytes = Buffer.alloc(512, 0);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  bytes.writeUInt16LE(0x14c, 0x84);
  return bytes;
}

/** A folder of files to pick, removed by `dispose`. */
export function pickFolder(): { dir: string; write(name: string, bytes: Buffer): string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'iop-desk-attach-'));
  return {
    dir,
    write(name, bytes) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      return path;
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** One record of every kind that takes files, on one agreement and one enrolment (straight SQL where a channel would need a whole agreement). */
export async function recordsOfEveryKind(app: TempApp): Promise<Record<AttachmentRecordKind, number>> {
  const { agreementId, programme, group } = await setUpGroup(app);
  const organisation = await app.must('organisations:create', organisationInput('bris'));
  const { child, enrolment } = await admittedChild(app, group.id, programme.id);
  await consentFromAll(app, enrolment.id, [child.guardians[0]!.id]);
  const now = app.clock.now().toISOString();
  const db = app.installation.db;
  const one = async (query: {
    execute(db: TempApp['installation']['db']): Promise<{ rows: { id: number }[] }>;
  }) => (await query.execute(db)).rows[0]!.id;
  return {
    agreement: agreementId,
    amendment: await one(sql<{ id: number }>`
      INSERT INTO amendment (agreement_id, number, reason, effective_from, status, created_at, updated_at)
      VALUES (${agreementId}, 1, 'Förlängning', '2027-01-01', 'signed', ${now}, ${now}) RETURNING id`),
    meeting: await one(sql<{ id: number }>`
      INSERT INTO agreement_meeting (agreement_id, body_key, held_on, recorded_at)
      VALUES (${agreementId}, 'steering', '2026-02-10', ${now}) RETURNING id`),
    deficiency: await one(sql<{ id: number }>`
      INSERT INTO agreement_deficiency (agreement_id, organisation_id, description, found_on, remedy_by, recorded_at, updated_at)
      VALUES (${agreementId}, ${organisation.id}, 'Redovisningen saknas', '2026-02-01', '2026-03-01', ${now}, ${now}) RETURNING id`),
    tickOff: await one(sql<{ id: number }>`
      INSERT INTO agreement_commitment_tick_off (agreement_id, commitment_key, done_on, what_done, recorded_at)
      VALUES (${agreementId}, 'c1', '2026-02-05', 'Föräldraträff hölls', ${now}) RETURNING id`),
    enrolment: enrolment.id,
    consent: await one(
      sql<{ id: number }>`SELECT id FROM consent WHERE enrolment_id = ${enrolment.id} LIMIT 1`,
    ),
  };
}
