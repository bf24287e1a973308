// What a file is, decided by its content and never by its name (issue 14):
// PDF, JPEG and PNG by their signatures (file-type), DOCX and XLSX by the
// content types their ZIP container declares ([Content_Types].xml). A
// document that can carry macros (.docm, .xlsm, a VBA project under any
// name) is refused, and so is everything else — a renamed program included.
import { fileTypeFromBuffer } from 'file-type';
import type { AttachmentFileType } from '../../shared/attachments/rules';
import { looksLikeZip, readZipEntry, zipEntries } from './zip-entries';

export type Sniffed = { ok: true; fileType: AttachmentFileType } | { ok: false; reason: 'type' | 'macro' };

const signatureTypes: Readonly<Record<string, AttachmentFileType>> = {
  pdf: 'pdf',
  jpg: 'jpeg',
  png: 'png',
  apng: 'png',
};

const wordMain = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const excelMain = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
/** Content types and parts that mean code inside the document. */
const macroContent = /macroenabled|vbaproject|vbadata|ms-office\.activex/i;
const macroParts = /(^|\/)(vbaproject\.bin|vbadata\.xml)$/i;

/** DOCX or XLSX by the content types of the package's main part; a macro package is refused. */
export function sniffOfficeDocument(bytes: Buffer): Sniffed {
  const entries = zipEntries(bytes);
  if (!entries) return { ok: false, reason: 'type' };
  if (entries.some((e) => macroParts.test(e.name))) return { ok: false, reason: 'macro' };
  const list = entries.find((e) => e.name === '[Content_Types].xml');
  const xml = list ? readZipEntry(bytes, list)?.toString('utf8') : undefined;
  if (!xml) return { ok: false, reason: 'type' };
  const types = [...xml.matchAll(/ContentType\s*=\s*"([^"]*)"/g)].map((m) => m[1]!.trim().toLowerCase());
  if (types.some((t) => macroContent.test(t))) return { ok: false, reason: 'macro' };
  const word = types.includes(wordMain);
  const excel = types.includes(excelMain);
  if (word === excel) return { ok: false, reason: 'type' };
  return { ok: true, fileType: word ? 'docx' : 'xlsx' };
}

export async function sniffFileType(bytes: Buffer): Promise<Sniffed> {
  if (looksLikeZip(bytes)) return sniffOfficeDocument(bytes);
  const found = await fileTypeFromBuffer(bytes);
  const fileType = found ? signatureTypes[found.ext] : undefined;
  return fileType ? { ok: true, fileType } : { ok: false, reason: 'type' };
}
