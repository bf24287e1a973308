// The report (rapport), organisation → public party: the anonymised annual
// report of one agreement and year, exactly as the report screen builds it
// (small counts already suppressed), so the public party can follow up the
// agreement's countable commitments. Made from the window or by a scheduled
// `exchange make report`. The receiver keeps it in its encrypted database.
import { report, reportRequest, type Report } from '../../shared/ipc/reports';
import type { PreviewItem, ReceivedReport } from '../../shared/ipc/exchange';
import { AppFailure } from '../base/app-error';
import { nowIso, type ServiceContext } from '../context/service-context';
import { getReport } from '../reports/report-service';
import type { ReadDb } from '../db/handles';
import { insertReceivedFile, receivedReportRows } from './exchange-repository';
import { jsonFile, makeFor, type Made } from './make-service';
import { requireUsablePartner } from './partner-service';
import type { VerifiedPackage } from './verify-package';

const reportFile = 'rapport.json';

export async function makeReport(
  ctx: ServiceContext,
  input: { partnerId: number; agreementId: number; year: number; folder: string },
): Promise<Made> {
  const partner = await requireUsablePartner(ctx.db, input.partnerId);
  const built = await getReport(
    ctx,
    reportRequest.parse({ scope: { kind: 'agreement', agreementId: input.agreementId }, period: { kind: 'year', year: input.year } }),
  );
  const made = await makeFor(ctx, { partner, kind: 'report', files: [jsonFile(reportFile, built)], items: 1, folder: input.folder });
  return { path: made.path, packageId: made.packageId, bytes: made.bytes };
}

function parseReport(file: Uint8Array | undefined): Report | null {
  let parsed: unknown = null;
  try {
    parsed = file ? JSON.parse(Buffer.from(file).toString('utf8')) : null;
  } catch {
    parsed = null;
  }
  const result = report.safeParse(parsed);
  return result.success ? result.data : null;
}

function reportOf(pkg: VerifiedPackage) {
  const file = pkg.files.get(reportFile);
  const built = parseReport(file);
  if (!built) throw new AppFailure('exchange.damaged', { fields: { path: 'exchange.damaged' } });
  return { built, file: file! };
}

export function previewReport(pkg: VerifiedPackage): PreviewItem[] {
  const { built } = reportOf(pkg);
  return [{ action: 'storeReport', subject: built.title, detail: `${built.scope.name}, ${built.period.label}` }];
}

export async function importReport(ctx: ServiceContext, pkg: VerifiedPackage): Promise<number> {
  const { file } = reportOf(pkg);
  await insertReceivedFile(ctx.db, { package_id: pkg.manifest.packageId, name: reportFile, data: file, received_at: nowIso(ctx) });
  return 1;
}

/** The reports received here (newest first), with the partner and the organisation it is linked to. */
export async function listReceivedReports(db: ReadDb): Promise<ReceivedReport[]> {
  return (await receivedReportRows(db)).flatMap((row) => {
    const built = parseReport(row.data);
    if (!built) return [];
    return [
      {
        packageId: row.package_id,
        partnerId: row.partner_id,
        organisationId: row.organisation_id,
        receivedAt: row.received_at,
        title: built.title,
        scopeName: built.scope.name,
        period: built.period,
      },
    ];
  });
}

/** One received report's figures, to show on screen (already suppressed by the sender). */
export async function receivedReport(db: ReadDb, packageId: string): Promise<Report> {
  const row = (await receivedReportRows(db, packageId))[0];
  const built = row ? parseReport(row.data) : null;
  if (!built) throw new AppFailure('notFound');
  return built;
}
