// Importing a referral on the organisation's side: each child is created (or,
// when the same partner referred them before, updated) with an interest
// registration for the programme asked for, the consents the district
// recorded, and the package noted as the source. A programme that does not
// exist here must be chosen by the user first.
import type { z } from 'zod';
import type { ChildData } from '../../shared/ipc/children';
import type { PackagePreview, PreviewItem } from '../../shared/ipc/exchange';
import { referralContent, type ReferralItem } from '../../shared/exchange/package-content';
import { AppFailure } from '../base/app-error';
import { createChild, updateChild } from '../children/child-service';
import { getGuardianRows } from '../children/child-repository';
import type { ServiceContext } from '../context/service-context';
import type { ReadDb } from '../db/handles';
import { createEnrolment, recordConsent } from '../support-groups/enrolment-service';
import { findActiveEnrolmentId } from '../support-groups/enrolment-repository';
import { childVersion, insertSubject, programmeNames, subjectRows, updateSubject, type SubjectRow } from './exchange-repository';
import { consentPreview } from './make-service';
import type { VerifiedPackage } from './verify-package';

type Referrals = z.infer<typeof referralContent>['referrals'];

export function referralsOf(pkg: VerifiedPackage): Referrals {
  const file = pkg.files.get('content.json');
  let parsed: unknown = null;
  try {
    parsed = file ? JSON.parse(file.toString('utf8')) : null;
  } catch {
    parsed = null;
  }
  const result = referralContent.safeParse(parsed);
  // The app never names a child twice in one package.
  if (!result.success || new Set(result.data.referrals.map((r) => r.subjectRef)).size !== result.data.referrals.length)
    throw new AppFailure('exchange.damaged', { fields: { path: 'exchange.damaged' } });
  return result.data.referrals;
}

const fold = (s: string) => s.trim().toLocaleLowerCase('sv');

export async function programmeMap(
  db: ReadDb,
  referrals: Referrals,
  choices: readonly { programme: string; programmeId: number }[],
): Promise<{ resolved: Map<string, number>; unknown: string[]; programmes: { id: number; name: string }[] }> {
  const programmes = await programmeNames(db);
  const byName = new Map(programmes.map((p) => [fold(p.name), p.id]));
  const resolved = new Map<string, number>();
  const unknown: string[] = [];
  for (const name of new Set(referrals.map((r) => r.programme))) {
    const chosen = choices.find((c) => c.programme === name)?.programmeId;
    const id = chosen !== undefined && programmes.some((p) => p.id === chosen) ? chosen : byName.get(fold(name));
    if (id === undefined) unknown.push(name);
    else resolved.set(name, id);
  }
  return { resolved, unknown, programmes };
}

const ageText = (item: ReferralItem) => `född ${item.child.birthYear}`;

export async function previewReferral(db: ReadDb, pkg: VerifiedPackage): Promise<Pick<PackagePreview, 'items' | 'unknownProgrammes' | 'programmes'>> {
  const referrals = referralsOf(pkg);
  const known = new Map((await subjectRows(db, pkg.partner.id, referrals.map((r) => r.subjectRef))).map((s) => [s.subject_ref, s]));
  const { unknown, programmes } = await programmeMap(db, referrals, []);
  const items: PreviewItem[] = [];
  for (const r of referrals) {
    const subject = `${r.child.name} (${ageText(r)})`;
    const contact = r.child.protectedIdentity ? r.child.contactRoute : [r.child.address?.city ?? '', r.child.phone].filter((s) => s !== '').join(', ');
    items.push({ action: known.has(r.subjectRef) ? 'updateChild' : 'createChild', subject, detail: contact });
    items.push({ action: 'createInterest', subject, detail: r.programme });
    for (const c of r.consents) items.push({ action: 'recordConsent', subject, ...consentPreview(c) });
  }
  return { items, unknownProgrammes: unknown, programmes };
}

function childData(item: ReferralItem): ChildData {
  const c = item.child;
  const noAddress = { street: '', postalCode: '', city: '' };
  return {
    name: c.name,
    nameIsAlias: c.nameIsAlias,
    identityKind: 'none',
    identityNumber: '',
    birthDate: null,
    birthYear: c.birthYear,
    ageBand: null,
    gender: c.gender,
    homeMunicipality: c.homeMunicipality,
    district: c.district,
    placementBasis: c.placementBasis,
    protectedIdentity: c.protectedIdentity,
    address: c.protectedIdentity ? noAddress : (c.address ?? noAddress),
    phone: c.protectedIdentity ? '' : c.phone,
    email: c.protectedIdentity ? '' : c.email,
    fosterHome: c.fosterHome && !c.protectedIdentity ? c.fosterHome : { name: '', phone: '', email: '', address: noAddress },
    guardians: item.guardians.map((g) => ({
      name: g.name,
      phone: g.phone,
      email: g.email,
      hasCustody: g.hasCustody,
      representative: g.representative,
    })),
    caseworker: item.caseworker,
    keepProtectedDetails: false,
  };
}

async function upsertChild(ctx: ServiceContext, item: ReferralItem, subject: SubjectRow | undefined): Promise<{ childId: number; created: boolean }> {
  const data = childData(item);
  if (subject) {
    const version = await childVersion(ctx.db, subject.child_id);
    if (version !== undefined) {
      // Keep the guardians (and the consents recorded for them) by position.
      const existing = await getGuardianRows(ctx.db, subject.child_id);
      const guardians = data.guardians.map((g, i) => (existing[i] ? { ...g, id: existing[i].id } : g));
      await updateChild(ctx, { id: subject.child_id, version, data: { ...data, guardians } });
      return { childId: subject.child_id, created: false };
    }
  }
  return { childId: (await createChild(ctx, data)).id, created: true };
}

export async function importReferral(
  ctx: ServiceContext,
  pkg: VerifiedPackage,
  choices: readonly { programme: string; programmeId: number }[],
): Promise<{ created: number; updated: number; childIds: number[]; items: number }> {
  const referrals = referralsOf(pkg);
  const { resolved, unknown } = await programmeMap(ctx.db, referrals, choices);
  if (unknown.length > 0)
    throw new AppFailure('exchange.unknownProgramme', { params: { programme: unknown.join(', ') }, fields: { programmeChoices: 'exchange.unknownProgramme' } });
  const known = new Map((await subjectRows(ctx.db, pkg.partner.id, referrals.map((r) => r.subjectRef))).map((s) => [s.subject_ref, s]));
  let created = 0;
  let updated = 0;
  const childIds: number[] = [];
  for (const item of referrals) {
    const subject = known.get(item.subjectRef);
    const { childId, created: isNew } = await upsertChild(ctx, item, subject);
    if (isNew) created++;
    else updated++;
    childIds.push(childId);
    const programmeId = resolved.get(item.programme)!;
    let enrolmentId = await findActiveEnrolmentId(ctx.db, childId, programmeId);
    if (enrolmentId === undefined) {
      const enrolment = await createEnrolment(ctx, {
        childId,
        programmeId,
        groupId: null,
        status: 'interest',
        referredOn: item.referredOn,
        ageOverrideReason: '',
        otherMunicipality: false,
      });
      enrolmentId = enrolment.id;
      const guardians = await getGuardianRows(ctx.db, childId);
      for (const c of item.consents) {
        await recordConsent(ctx, {
          enrolmentId,
          guardianId: c.guardianRef === null ? null : (guardians[c.guardianRef - 1]?.id ?? null),
          scope: c.scope,
          decision: c.decision,
          decidedOn: c.decidedOn,
          method: c.method,
          documentReference: `Paket ${pkg.manifest.packageId}`,
        });
      }
    }
    if (subject) await updateSubject(ctx.db, subject.id, { child_id: childId, enrolment_id: enrolmentId, source_package_id: pkg.manifest.packageId });
    else
      await insertSubject(ctx.db, {
        partner_id: pkg.partner.id,
        subject_ref: item.subjectRef,
        child_id: childId,
        enrolment_id: enrolmentId,
        source_package_id: pkg.manifest.packageId,
        group_name: '',
        group_start: null,
        notice_package_id: null,
        notice_received_at: null,
      });
  }
  return { created, updated, childIds, items: referrals.length };
}
