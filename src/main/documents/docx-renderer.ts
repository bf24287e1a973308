// Renders a document model as DOCX (editable in Word) with the `docx` package.
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, DocumentModel } from './document-model';

const cell = (text: string, options: { bold?: boolean; right?: boolean; width?: number } = {}) =>
  new TableCell({
    children: [
      new Paragraph({
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.bold ?? false })],
      }),
    ],
    ...(options.width !== undefined ? { width: { size: options.width, type: WidthType.PERCENTAGE } } : {}),
  });

function renderBlock(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          text: block.text,
          heading: HeadingLevel.HEADING_1,
          spacing: { before: 240, after: 120 },
        }),
      ];
    case 'subheading':
      return [
        new Paragraph({
          text: block.text,
          heading: HeadingLevel.HEADING_2,
          spacing: { before: 160, after: 80 },
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: [new TextRun(block.text)], spacing: { after: 120 } })];
    case 'bullets':
      return block.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
    case 'facts':
      return block.rows.map(
        ([label, value]) =>
          new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] }),
      );
    case 'table': {
      const rows = [
        new TableRow({
          tableHeader: true,
          children: block.header.map((h, i) => cell(h, { bold: true, right: block.numeric.includes(i) })),
        }),
        ...block.rows.map(
          (row, r) =>
            new TableRow({
              children: row.map((text, i) =>
                cell(text, {
                  right: block.numeric.includes(i),
                  bold: block.totalRow && r === block.rows.length - 1,
                }),
              ),
            }),
        ),
      ];
      return [
        new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }),
        new Paragraph({ text: '' }),
      ];
    }
    case 'signature':
      return [
        new Paragraph({
          text: block.party,
          heading: HeadingLevel.HEADING_3,
          spacing: { before: 240 },
          keepNext: true,
        }),
        ...block.lines.map(
          ([label, value]) =>
            new Paragraph({
              keepNext: true,
              spacing: { before: 200 },
              border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '808080', space: 1 } },
              children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
            }),
        ),
      ];
  }
}

export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  const doc = new Document({
    title: `${model.title} – ${model.subtitle}`,
    creator: 'IOP Desk',
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: 'sv-SE' } } } } },
    sections: [
      {
        children: [
          new Paragraph({ text: model.title, heading: HeadingLevel.TITLE }),
          new Paragraph({
            children: [new TextRun({ text: model.subtitle, bold: true, size: 28 })],
            spacing: { after: 200 },
          }),
          ...model.meta.map(
            ([label, value]) =>
              new Paragraph({
                children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
              }),
          ),
          ...model.blocks.flatMap(renderBlock),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
