// Renders a document model as PDF (the pdfkit setup is in pdf-document.ts).
import type { Block, DocumentModel } from './document-model';
import { writePdf, type PdfSetup } from './pdf-document';

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
  const setup: PdfSetup = {
    margin,
    info: { title: `${model.title} – ${model.subtitle}`, createdAt },
    footer: { text: (page, pages) => `Sida ${page} av ${pages}`, fontSize: 8.5, fromBottom: 36 },
  };
  return writePdf(setup, (doc, width) => {
    doc.font('Helvetica-Bold').fontSize(18).text(model.title, { width });
    doc.moveDown(0.2).font('Helvetica-Bold').fontSize(13).text(model.subtitle, { width }).moveDown(0.5);
    for (const [label, value] of model.meta) {
      doc.font('Helvetica-Bold').fontSize(10.5).text(`${label}: `, { continued: true, width });
      doc.font('Helvetica').text(value, { width });
    }
    for (const block of model.blocks) renderBlock(doc, block, width);
  });
}
