// The hand-back (återföring), organisation → district, when the groups are
// over: the same files as the passphrase package (PDF, CSVs, README), now
// encrypted to the district installation's key and signed. It holds the
// enrolments of the groups that this partner referred, or whose responsible
// district is the one the partner is linked to. It is recorded as a hand-back,
// so gallring may then erase the groups. On the district's side the files are
// kept in the encrypted database and can be saved from there.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { swedishDay } from '../../shared/dates';
import { countOf } from '../../shared/i18n/plural';
import type { PreviewItem } from '../../shared/ipc/exchange';
import { AppFailure } from '../base/app-error';
import { nowIso, type ServiceContext } from '../context/service-context';
import type { ReadDb } from '../db/handles';
import { requireGroupsOver } from '../erasure/erase-service';
import { enrolmentsOfGroups } from '../erasure/erasure-groups';
import { handBackEnrolments } from '../erasure/handback-data';
import { packageFiles } from '../erasure/handback-files';
import { insertHandbackPackage } from '../erasure/handback-repository';
import { enrolmentsReferredBy, insertReceivedFile, receivedFile, receivedFileRows } from './exchange-repository';
import { writeIntoFolder } from './exchange-files';
import { makeFor, type Made } from './make-service';
import { requireUsablePartner } from './partner-service';
import type { VerifiedPackage } from './verify-package';

export async function makeHandBack(
  ctx: ServiceContext,
  input: { partnerId: number; groupIds: number[]; folder: string },
): Promise<Made & { enrolments: number }> {
  const partner = await requireUsablePartner(ctx.db, input.partnerId);
  await requireGroupsOver(ctx.db, input.groupIds);
  const referred = await enrolmentsReferredBy(ctx.db, partner.id);
  const district = partner.district.trim();
  const enrolments = (await enrolmentsOfGroups(ctx.db, input.groupIds)).filter(
    (e) => referred.has(e.id) || (district !== '' && e.district === district),
  );
  if (enrolments.length === 0) throw new AppFailure('erasure.nothingToErase');
  const details = await handBackEnrolments(
    ctx.db,
    enrolments.map((e) => e.id),
  );
  const now = ctx.clock.now();
  const label = district !== '' ? district : partner.installation_name;
  const files = await packageFiles(label, swedishDay(now), details);
  const made = await makeFor(ctx, { partner, kind: 'handBack', files, items: details.length, folder: input.folder });
  await insertHandbackPackage(
    ctx.db,
    {
      created_at: now.toISOString(),
      created_by_user_id: ctx.user.id,
      district: label,
      file_name: basename(made.path),
      enrolment_count: details.length,
      sha256: createHash('sha256').update(made.data).digest('hex'),
    },
    details.map((d) => d.enrolmentId),
  );
  return { path: made.path, packageId: made.packageId, bytes: made.bytes, enrolments: details.length };
}

const enrolmentCount = (pkg: VerifiedPackage) => {
  const csv = pkg.files.get('inskrivningar.csv');
  return csv ? Math.max(0, csv.toString('utf8').trim().split(/\r?\n/).length - 1) : 0;
};

export function previewHandBack(pkg: VerifiedPackage): PreviewItem[] {
  return [...pkg.files.entries()].map(([name, data]) => ({
    action: 'storeHandBack',
    subject: name,
    detail: name === 'inskrivningar.csv' ? countOf('sv', enrolmentCount(pkg), 'inskrivning', 'inskrivningar') : `${data.length} byte`,
  }));
}

export async function importHandBack(ctx: ServiceContext, pkg: VerifiedPackage): Promise<number> {
  for (const [name, data] of pkg.files)
    await insertReceivedFile(ctx.db, { package_id: pkg.manifest.packageId, name, data, received_at: nowIso(ctx) });
  return enrolmentCount(pkg);
}

export async function listReceivedFiles(db: ReadDb) {
  return (await receivedFileRows(db)).map((r) => ({ packageId: r.package_id, name: r.name, bytes: r.bytes, receivedAt: r.received_at }));
}

export async function saveReceivedFile(ctx: ServiceContext<ReadDb>, input: { packageId: string; name: string; folder: string }): Promise<{ path: string }> {
  const data = await receivedFile(ctx.db, input.packageId, input.name);
  if (!data) throw new AppFailure('notFound');
  const dot = input.name.lastIndexOf('.');
  const what = input.name === 'rapport.json' ? 'Rapport' : 'Återföring';
  const path = writeIntoFolder(input.folder, `${what} ${input.packageId.slice(0, 8)} ${input.name.slice(0, dot)}`, input.name.slice(dot + 1), data);
  return { path };
}
