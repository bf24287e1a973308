// Renders a document model as PDF with pdfkit. The standard Helvetica font
// covers Swedish letters (WinAnsi); the PDF is tagged with language sv-SE.
import PDFDocument from 'pdfkit';
import type { Block, DocumentModel } from './document-model';

const margin = 56;

function renderBlock(doc: PDFKit.PDFDocument, block: Block, width: number): void {
  switch (block.kind) {
    case 'heading':
      doc.moveDown(0.8).font('Helvetica-Bold').fontSize(14).text(block.text, { width }).moveDown(0.3);
      return;
    case 'subheading':
      doc.moveDown(0.4).font('Helvetica-Bold').fontSize(11.5).text(block.text, { width }).moveDown(0.2);
      return;
    case 'paragraph':
      doc.font('Helvetica').fontSize(10.5).text(block.text, { width, align: 'left' }).moveDown(0.5);
      return;
    case 'bullets':
      doc
        .font('Helvetica')
        .fontSize(10.5)
        .list(block.items, { width, bulletRadius: 2, textIndent: 14 })
        .moveDown(0.5);
      return;
    case 'facts':
      for (const [label, value] of block.rows) {
        doc.font('Helvetica-Bold').fontSize(10.5).text(`${label}: `, { continued: true, width });
        doc.font('Helvetica').text(value || '–', { width });
      }
      doc.moveDown(0.5);
      return;
    case 'table': {
      const columns = block.header.length;
      const first = columns > 2 ? Math.max(width * 0.34, width / columns) : width * 0.4;
      const rest = (width - first) / Math.max(1, columns - 1);
      doc.font('Helvetica').fontSize(9.5);
      doc.table({
        position: { x: margin },
        maxWidth: width,
        columnStyles: (i) => ({
          width: i === 0 ? first : rest,
          align: block.numeric.includes(i) ? { x: 'right' } : { x: 'left' },
        }),
        data: [
          block.header.map((text) => ({ text, type: 'TH' as const, font: { src: 'Helvetica-Bold' } })),
          ...block.rows.map((row, r) =>
            row.map((text) => ({
              text,
              ...(block.totalRow && r === block.rows.length - 1 ? { font: { src: 'Helvetica-Bold' } } : {}),
            })),
          ),
        ],
      });
      doc.x = margin;
      doc.moveDown(0.8);
      return;
    }
    case 'signature': {
      if (doc.y > doc.page.height - margin - 140) doc.addPage();
      doc.moveDown(0.8).font('Helvetica-Bold').fontSize(11).text(block.party, { width });
      for (const [label, value] of block.lines) {
        doc.moveDown(0.9).font('Helvetica').fontSize(10).text(`${label}: ${value}`, { width });
        const y = doc.y + 2;
        doc
          .moveTo(margin, y)
          .lineTo(margin + width * 0.7, y)
          .lineWidth(0.5)
          .strokeColor('#808080')
          .stroke();
      }
      doc.moveDown(0.5);
      return;
    }
  }
}

export function renderPdf(model: DocumentModel, createdAt: Date): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin,
    lang: 'sv-SE',
    displayTitle: true,
    info: { Title: `${model.title} – ${model.subtitle}`, Creator: 'IOP Desk', CreationDate: createdAt },
    bufferPages: true,
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - margin * 2;
  doc.font('Helvetica-Bold').fontSize(18).text(model.title, { width });
  doc.moveDown(0.2).font('Helvetica-Bold').fontSize(13).text(model.subtitle, { width }).moveDown(0.5);
  for (const [label, value] of model.meta) {
    doc.font('Helvetica-Bold').fontSize(10.5).text(`${label}: `, { continued: true, width });
    doc.font('Helvetica').text(value, { width });
  }
  for (const block of model.blocks) renderBlock(doc, block, width);

  // Page numbers "Sida n av m" in the footer of every page.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(8.5)
      .fillColor('#555555')
      .text(`Sida ${i + 1} av ${range.count}`, margin, doc.page.height - 36, {
        width,
        align: 'right',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
    doc.fillColor('black');
  }
  doc.end();
  return done;
}
