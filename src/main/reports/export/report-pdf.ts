// A print-ready PDF of a report, on the pdfkit setup of
// documents/pdf-document.ts. Helvetica's WinAnsi covers Swedish letters; the
// few characters it lacks (the minus sign) are swapped for plain ones. Every
// protected table with a hidden figure gets the explanation under it, so a
// printed page stands on its own.
import type { Report, ReportTable } from '../../../shared/ipc/reports';
import { formatCell, isNumeric } from '../../../shared/reports/format-cell';
import { suppressionNote } from '../../../shared/reports/labels';
import { printable, writePdf, type PdfSetup } from '../../documents/pdf-document';

const margin = 50;

function renderTable(doc: PDFKit.PDFDocument, table: ReportTable, width: number, threshold: number): void {
  if (doc.y > doc.page.height - margin - 120) doc.addPage();
  doc
    .font('Helvetica-Bold')
    .fontSize(11.5)
    .fillColor('black')
    .text(printable(table.title), margin, doc.y, { width });
  if (table.description)
    doc
      .font('Helvetica-Oblique')
      .fontSize(8.5)
      .fillColor('#444444')
      .text(printable(table.description), { width });
  doc.fillColor('black').moveDown(0.3);
  const columns = table.columns.length + 1;
  const first = columns > 3 ? Math.max(width * 0.34, width / columns) : width * 0.55;
  const rest = (width - first) / Math.max(1, columns - 1);
  const numericColumn = table.columns.map((_, i) =>
    table.rows.some((r) => r.cells[i] && isNumeric(r.cells[i]!)),
  );
  doc.font('Helvetica').fontSize(9);
  doc.table({
    position: { x: margin },
    maxWidth: width,
    columnStyles: (i) => ({
      width: i === 0 ? first : rest,
      align: i > 0 && numericColumn[i - 1] ? { x: 'right' } : { x: 'left' },
    }),
    data: [
      [table.rowHeader, ...table.columns].map((text) => ({
        text: printable(text),
        type: 'TH' as const,
        font: { src: 'Helvetica-Bold' },
      })),
      ...table.rows.map((row) =>
        [row.label, ...row.cells.map(formatCell)].map((text) => ({
          text: printable(text),
          ...(row.total ? { font: { src: 'Helvetica-Bold' } } : {}),
        })),
      ),
    ],
  });
  doc.x = margin;
  if (table.rows.some((r) => r.cells.some((c) => c.kind === 'suppressed'))) {
    doc
      .moveDown(0.2)
      .font('Helvetica')
      .fontSize(8)
      .fillColor('#333333')
      .text(printable(suppressionNote(threshold)), margin, doc.y, { width });
    doc.fillColor('black');
  }
  doc.moveDown(0.9);
}

export function reportPdf(report: Report): Promise<Buffer> {
  const title = printable(report.title);
  const setup: PdfSetup = {
    margin,
    info: { title, subject: printable(report.scope.name), createdAt: new Date(report.generatedAt) },
    footer: { text: (page, pages) => `${title} · Sida ${page} av ${pages}`, fontSize: 8, fromBottom: 32 },
  };
  return writePdf(setup, (doc, width) => {
    doc.font('Helvetica-Bold').fontSize(18).text(title, { width });
    doc.moveDown(0.2).font('Helvetica-Bold').fontSize(12).text(printable(report.scope.name), { width });
    doc
      .moveDown(0.3)
      .font('Helvetica')
      .fontSize(10)
      .text(`Period: ${report.period.from} – ${report.period.to}`, { width });
    doc.text(`Skapad: ${report.generatedAt.slice(0, 10)}`, { width });
    doc.moveDown(0.5).fontSize(9).fillColor('#333333').text(printable(report.suppressionNote), { width });
    doc.fillColor('black').moveDown(0.8);
    for (const section of report.sections) {
      if (doc.y > doc.page.height - margin - 160) doc.addPage();
      doc
        .font('Helvetica-Bold')
        .fontSize(14)
        .text(printable(section.title), margin, doc.y, { width })
        .moveDown(0.4);
      for (const table of section.tables) renderTable(doc, table, width, report.threshold);
    }
  });
}
