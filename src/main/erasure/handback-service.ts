// "Återför": one package per responsible district with the children's data
// of the chosen groups, written as a tar inside an age file encrypted with a
// passphrase the user hands over out of band. The tar is built in memory, so
// the plaintext never touches the disk. Each package is recorded (district,
// file name, digest and which enrolments it holds) so erasure can check that
// everything was handed back.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { swedishDay } from '../../shared/dates';
import type { HandBackPackage } from '../../shared/ipc/erasure';
import type { ServiceContext } from '../context/service-context';
import { encryptAge } from '../backup/age/age-file';
import { writeTar } from '../backup/tar/tar-writer';
import { AppFailure } from '../base/app-error';
import { freePath, safeFileName, validateExportFolder } from '../reports/export/export-folder';
import { enrolmentsOfGroups } from './erasure-groups';
import { requireGroupsOver } from './erase-service';
import { handBackEnrolments } from './handback-data';
import { insertHandbackPackage } from './handback-repository';
import { packageFiles } from './handback-files';

async function collect(source: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of source) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts);
}

export async function handBack(
  ctx: ServiceContext,
  input: { groupIds: readonly number[]; folder: string; passphrase: string; scryptLogN?: number },
): Promise<HandBackPackage[]> {
  const folder = (() => {
    try {
      return validateExportFolder(input.folder);
    } catch {
      throw new AppFailure('validation', { fields: { folder: 'erasure.folderInvalid' } });
    }
  })();
  await requireGroupsOver(ctx.db, input.groupIds);
  const enrolments = await enrolmentsOfGroups(ctx.db, input.groupIds);
  if (enrolments.length === 0) throw new AppFailure('erasure.nothingToErase');
  const details = await handBackEnrolments(
    ctx.db,
    enrolments.map((e) => e.id),
  );
  const now = ctx.clock.now();
  const createdAt = now.toISOString();
  const createdOn = swedishDay(now);
  const districts = [...new Set(details.map((d) => d.district))].sort((a, b) => a.localeCompare(b, 'sv'));

  const packages: HandBackPackage[] = [];
  for (const district of districts) {
    const list = details.filter((d) => d.district === district);
    const files = await packageFiles(district, createdOn, list);
    const tar = writeTar(files.map((f) => ({ name: f.name, size: f.data.length, mtime: now, data: f.data })));
    const target =
      input.scryptLogN === undefined
        ? { kind: 'passphrase' as const, passphrase: input.passphrase }
        : { kind: 'passphrase' as const, passphrase: input.passphrase, scryptLogN: input.scryptLogN };
    const encrypted = await collect(encryptAge(tar, target));
    const path = freePath(folder, safeFileName(`Återföring ${district} ${createdOn}`), 'tar.age');
    try {
      writeFileSync(path, encrypted, { flag: 'wx', mode: 0o600 });
    } catch {
      throw new AppFailure('erasure.writeFailed', { fields: { folder: 'erasure.writeFailed' } });
    }
    const fileName = basename(path);
    await insertHandbackPackage(
      ctx.db,
      {
        created_at: createdAt,
        created_by_user_id: ctx.user.id,
        district,
        file_name: fileName,
        enrolment_count: list.length,
        sha256: createHash('sha256').update(encrypted).digest('hex'),
      },
      list.map((e) => e.enrolmentId),
    );
    packages.push({ district, fileName, path, enrolments: list.length, bytes: encrypted.length });
  }
  return packages;
}
