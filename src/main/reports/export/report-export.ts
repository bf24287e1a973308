// Exports a report to a folder the user chose, as PDF, XLSX or CSV. The file
// holds only the anonymised report; a new file never replaces an old one.
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ExportFormat, Report } from '../../../shared/ipc/reports';
import { AppFailure } from '../../base/app-error';
import { freePath, safeFileName, validateExportFolder } from './export-folder';
import { reportCsv } from './report-csv';
import { reportPdf } from './report-pdf';
import { reportXlsx } from './report-xlsx';

export async function renderReport(report: Report, format: ExportFormat): Promise<Buffer> {
  switch (format) {
    case 'pdf':
      return reportPdf(report);
    case 'xlsx':
      return reportXlsx(report);
    case 'csv':
      return reportCsv(report);
  }
}

export function exportBaseName(report: Report): string {
  const scope = report.scope.kind === 'all' ? 'alla överenskommelser' : report.scope.name;
  return safeFileName(`${report.title} – ${scope}`);
}

export async function exportReport(
  report: Report,
  format: ExportFormat,
  folder: string,
): Promise<{ path: string; fileName: string; bytes: number }> {
  const target = validateExportFolder(folder);
  const bytes = await renderReport(report, format);
  const path = freePath(target, exportBaseName(report), format);
  try {
    // 'wx': never overwrite, even if a file appeared since the name was picked.
    writeFileSync(path, bytes, { flag: 'wx', mode: 0o600 });
  } catch {
    throw new AppFailure('reports.writeFailed', { fields: { folder: 'reports.writeFailed' } });
  }
  return { path, fileName: basename(path), bytes: bytes.length };
}
