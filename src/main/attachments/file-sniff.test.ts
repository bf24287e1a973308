// The file type comes from the content: PDF, JPEG, PNG, DOCX and XLSX pass;
// a program renamed to .pdf, macro documents and other ZIPs are refused.
import { describe, expect, test } from 'vitest';
import { zipSync } from 'fflate';
import {
  bandedPng,
  docmBytes,
  docxBytes,
  docxWithVba,
  exeBytes,
  jpegBytes,
  pdfBytes,
  pngBytes,
  pptxLike,
  xlsmBytes,
  xlsxBytes,
} from '../../../test/support/attachments';
import { sniffFileType } from './file-sniff';
import { attachmentName, copyName } from './attachment-service';

describe('sniffFileType', () => {
  test('accepts the five kinds by their content', async () => {
    expect(await sniffFileType(await pdfBytes('Undertecknad överenskommelse'))).toEqual({
      ok: true,
      fileType: 'pdf',
    });
    expect(await sniffFileType(jpegBytes())).toEqual({ ok: true, fileType: 'jpeg' });
    expect(await sniffFileType(pngBytes())).toEqual({ ok: true, fileType: 'png' });
    expect(await sniffFileType(bandedPng())).toEqual({ ok: true, fileType: 'png' });
    expect(await sniffFileType(await docxBytes('Protokoll'))).toEqual({ ok: true, fileType: 'docx' });
    expect(await sniffFileType(await xlsxBytes('Närvaro'))).toEqual({ ok: true, fileType: 'xlsx' });
  });

  test('refuses a program, whatever it is called (the name is never read)', async () => {
    expect(await sniffFileType(exeBytes())).toEqual({ ok: false, reason: 'type' });
  });

  test('refuses macro documents: .docm, .xlsm, and a VBA project inside a plain-looking package', async () => {
    expect(await sniffFileType(await docmBytes())).toEqual({ ok: false, reason: 'macro' });
    expect(await sniffFileType(await xlsmBytes())).toEqual({ ok: false, reason: 'macro' });
    expect(await sniffFileType(await docxWithVba())).toEqual({ ok: false, reason: 'macro' });
  });

  test('refuses other ZIPs, text, and broken containers', async () => {
    expect(await sniffFileType(await pptxLike())).toEqual({ ok: false, reason: 'type' });
    expect(await sniffFileType(Buffer.from(zipSync({ 'a.txt': new Uint8Array([1, 2, 3]) })))).toEqual({
      ok: false,
      reason: 'type',
    });
    expect(await sniffFileType(Buffer.from('Namn;Personnummer\nLo;20150601-9826\n', 'utf8'))).toEqual({
      ok: false,
      reason: 'type',
    });
    const docx = await docxBytes('Trasig');
    expect(await sniffFileType(docx.subarray(0, docx.length - 30))).toEqual({ ok: false, reason: 'type' });
    expect(await sniffFileType(Buffer.from('PK\u0003\u0004 nothing else', 'latin1'))).toEqual({
      ok: false,
      reason: 'type',
    });
  });
});

describe('names', () => {
  test('the picked name is kept, cleaned and shortened with its ending', () => {
    expect(attachmentName('/home/k/Skannat avtal.pdf')).toBe('Skannat avtal.pdf');
    expect(attachmentName('C:\\Users\\k\\Samtycke\u0007.pdf')).toBe('Samtycke.pdf');
    const long = attachmentName(`/t/${'å'.repeat(300)}.docx`);
    expect(long).toHaveLength(200);
    expect(long.endsWith('.docx')).toBe(true);
  });

  test('a copy gets the ending its content calls for', () => {
    expect(copyName({ name: 'avtal.exe', file_type: 'pdf' })).toBe('avtal.exe.pdf');
    expect(copyName({ name: 'Bild.JPG', file_type: 'jpeg' })).toBe('Bild.JPG');
    expect(copyName({ name: 'a/b:c', file_type: 'png' })).toBe('a-b-c.png');
  });
});
