// A document as a list of format-neutral blocks, so the DOCX and the PDF of
// the same agreement say exactly the same thing.

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullets'; items: string[] }
  /** Label: value lines, e.g. a party's organisation number and address. */
  | { kind: 'facts'; rows: [string, string][] }
  /** `numeric` columns are right-aligned; the last row is a total when `totalRow`. */
  | { kind: 'table'; header: string[]; rows: string[][]; numeric: number[]; totalRow: boolean }
  | { kind: 'signature'; party: string; lines: [string, string][] };

export interface DocumentModel {
  /** Title of the document (metadata and first line). */
  title: string;
  subtitle: string;
  /** Shown at the top: registration number, date. */
  meta: [string, string][];
  blocks: Block[];
}

/** Numbers top-level headings 1, 2, 3 … as they are added. */
export class SectionNumbering {
  private n = 0;
  heading(text: string): Block {
    this.n += 1;
    return { kind: 'heading', text: `${this.n}. ${text}` };
  }
}

export const paragraphs = (text: string): Block[] =>
  text
    .split(/\n{2,}|\r\n\r\n/)
    .map((t) => t.trim())
    .filter((t) => t !== '')
    .map((t) => ({ kind: 'paragraph', text: t }));

/** Marks a fact the app does not have: left for a person to fill in, never made up. */
export const missing = '[uppgift saknas]';
