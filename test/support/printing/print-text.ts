// Prints through the router into a temp folder and reads the file back as text
// (pdftotext for PDF, word/document.xml for DOCX).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PrintResult, PrintTarget } from '../../../src/shared/ipc/printing';
import { docxText, pdfText } from '../agreements/document-text';
import type { TempApp } from '../temp-app';

export interface Printer {
  folder: string;
  /** Prints and reads back; `revealed` uses printing:printRevealed. */
  text(
    target: PrintTarget,
    options?: { format?: 'pdf' | 'docx'; revealed?: boolean },
  ): Promise<{ result: PrintResult; text: string }>;
  dispose(): void;
}

export function printer(app: TempApp): Printer {
  const folder = mkdtempSync(join(tmpdir(), 'iop-desk-print-'));
  return {
    folder,
    async text(target, { format = 'pdf', revealed = false } = {}) {
      const result = await app.must(revealed ? 'printing:printRevealed' : 'printing:print', {
        target,
        format,
        folder,
      });
      return { result, text: format === 'pdf' ? pdfText(result.path) : docxText(result.path) };
    },
    dispose: () => rmSync(folder, { recursive: true, force: true }),
  };
}
