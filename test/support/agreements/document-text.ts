// Reading generated documents back as text: the DOCX's word/document.xml
// (unzipped with fflate) and the PDF through pdftotext (Debian's poppler-utils).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

/** Text of a DOCX, one line per paragraph, spaces normalised. */
export function docxText(file: string): string {
  const entries = unzipSync(readFileSync(file), { filter: (f) => f.name === 'word/document.xml' });
  const xml = strFromU8(entries['word/document.xml']!);
  return normalise(
    xml
      .replace(/<\/w:p>/g, '\n')
      .replace(/<w:tab\/>/g, '\t')
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'"),
  );
}

/** Text of a PDF in reading order with every run of whitespace (line breaks too) read as one space. */
export function pdfText(file: string): string {
  return normalise(
    execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
  ).replace(/\s+/g, ' ');
}

/** No-break and narrow spaces read as plain spaces, runs of spaces as one. */
export const normalise = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/[ \t]+/g, ' ');
