// Opening a package: every check (verify-package.ts), then a preview of
// exactly what an import would create or change, with nothing changed. The
// import checks everything again on the same file, applies it inside the
// channel's transaction and records the package id, so the same package is
// never imported twice.
import type { ImportResult, PackagePreview, PreviewItem } from '../../shared/ipc/exchange';
import { nowIso, type ServiceContext } from '../context/service-context';
import type { ReadDb } from '../db/handles';
import {
  importConsentChange,
  importReceipt,
  importRegistrationNotice,
  previewConsentChange,
  previewReceipt,
  previewRegistrationNotice,
} from './answer-kinds';
import { insertPackage } from './exchange-repository';
import { importHandBack, previewHandBack } from './handback-kind';
import { importReport, previewReport } from './report-kind';
import { importReferral, previewReferral } from './referral-import';
import { verifyBytes, verifyFile, type VerifiedPackage } from './verify-package';
import { readChosenFile } from './exchange-files';

async function previewOf(db: ReadDb, pkg: VerifiedPackage): Promise<Pick<PackagePreview, 'items' | 'unknownProgrammes' | 'programmes'>> {
  const plain = (items: PreviewItem[]) => ({ items, unknownProgrammes: [], programmes: [] });
  switch (pkg.manifest.kind) {
    case 'referral':
      return previewReferral(db, pkg);
    case 'receipt':
      return plain(await previewReceipt(db, pkg));
    case 'registrationNotice':
      return plain(await previewRegistrationNotice(db, pkg));
    case 'consentChange':
      return plain(await previewConsentChange(db, pkg));
    case 'handBack':
      return plain(previewHandBack(pkg));
    case 'report':
      return plain(previewReport(pkg));
  }
}

export async function previewVerified(db: ReadDb, pkg: VerifiedPackage): Promise<PackagePreview> {
  const { manifest, partner } = pkg;
  return {
    packageId: manifest.packageId,
    kind: manifest.kind,
    partner: { id: partner.id, organisationName: partner.organisation_name, installationName: partner.installation_name },
    createdAt: manifest.createdAt,
    expiresAt: manifest.expiresAt,
    ...(await previewOf(db, pkg)),
  };
}

export async function openPackage(ctx: ServiceContext<ReadDb>, path: string): Promise<PackagePreview> {
  return previewVerified(ctx.db, await verifyFile(ctx, path));
}

export async function importVerified(
  ctx: ServiceContext,
  pkg: VerifiedPackage,
  choices: readonly { programme: string; programmeId: number }[],
): Promise<ImportResult> {
  const { manifest } = pkg;
  let result = { created: 0, updated: 0, childIds: [] as number[], items: 0 };
  switch (manifest.kind) {
    case 'referral':
      result = await importReferral(ctx, pkg, choices);
      break;
    case 'receipt':
      result = { ...result, updated: await importReceipt(ctx, pkg), items: 1 };
      break;
    case 'registrationNotice':
      result = { ...result, items: (result.updated = await importRegistrationNotice(ctx, pkg)) };
      break;
    case 'consentChange':
      result = { ...result, items: (result.updated = await importConsentChange(ctx, pkg)) };
      break;
    case 'handBack':
      result = { ...result, items: await importHandBack(ctx, pkg) };
      break;
    case 'report':
      result = { ...result, items: await importReport(ctx, pkg) };
      break;
  }
  await insertPackage(ctx.db, {
    package_id: manifest.packageId,
    direction: 'in',
    kind: manifest.kind,
    partner_id: pkg.partner.id,
    created_at: manifest.createdAt,
    expires_at: manifest.expiresAt,
    handled_at: nowIso(ctx),
    handled_by_user_id: ctx.user.id,
    item_count: result.items,
    answers_package_id: null,
    receipt_at: null,
  });
  return { packageId: manifest.packageId, kind: manifest.kind, created: result.created, updated: result.updated, childIds: result.childIds };
}

export async function importPackage(
  ctx: ServiceContext,
  input: { path: string; programmeChoices: readonly { programme: string; programmeId: number }[] },
): Promise<ImportResult> {
  return importVerified(ctx, await verifyBytes(ctx, readChosenFile(input.path)), input.programmeChoices);
}
