// The one pdfkit setup for every PDF the app writes (agreement documents,
// reports): A4, Helvetica (its WinAnsi covers Swedish letters), tagged as
// sv-SE, the pages buffered so a footer with "Sida n av m" can be drawn on
// each once the body is laid out, and the bytes collected into one Buffer.
import PDFDocument from 'pdfkit';

export interface PdfSetup {
  margin: number;
  /** Without createdAt the PDF carries the time it was written. */
  info: { title: string; subject?: string; createdAt?: Date };
  footer?: { text: (page: number, pages: number) => string; fontSize: number; fromBottom: number };
}

/** Helvetica's WinAnsi has no U+2212 minus or narrow no-break space: use plain ones. */
export const printable = (text: string) => text.replace(/\u2212/g, '-').replace(/\u202f/g, '\u00a0');

/** Lays out the body with `draw` (given the text width), adds the footers and returns the PDF. */
export function writePdf(
  setup: PdfSetup,
  draw: (doc: PDFKit.PDFDocument, width: number) => void,
): Promise<Buffer> {
  const { margin, info, footer } = setup;
  const doc = new PDFDocument({
    size: 'A4',
    margin,
    lang: 'sv-SE',
    displayTitle: true,
    info: {
      Title: info.title,
      ...(info.subject === undefined ? {} : { Subject: info.subject }),
      Creator: 'IOP Desk',
      ...(info.createdAt === undefined ? {} : { CreationDate: info.createdAt }),
    },
    bufferPages: true,
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - margin * 2;
  draw(doc, width);
  if (footer) addFooters(doc, margin, width, footer);
  doc.end();
  return done;
}

function addFooters(
  doc: PDFKit.PDFDocument,
  margin: number,
  width: number,
  footer: NonNullable<PdfSetup['footer']>,
): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(footer.fontSize)
      .fillColor('#555555')
      .text(footer.text(i + 1, range.count), margin, doc.page.height - footer.fromBottom, {
        width,
        align: 'right',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
    doc.fillColor('black');
  }
}
