// The kinds that answer or follow a referral: the receipt (kvittens) for
// every imported package except receipts, the registration notice (besked)
// organisation → district, and the consent change district → organisation.
// A receipt for a registration notice marks each enrolment it covered as
// "social services informed" on the day the receipt was imported.
import type { z } from 'zod';
import type { consentInput, PreviewItem } from '../../shared/ipc/exchange';
import {
  consentChangeContent,
  receiptContent,
  registrationNoticeContent,
} from '../../shared/exchange/package-content';
import { needsReceipt } from '../../shared/exchange/package-kinds';
import { AppFailure } from '../base/app-error';
import { getGuardianRows } from '../children/child-repository';
import { nowIso, today, type ServiceContext } from '../context/service-context';
import type { ReadDb } from '../db/handles';
import { recordConsent, recordNotice } from '../support-groups/enrolment-service';
import {
  childNames,
  enrolmentGroups,
  markReceipt,
  packageRow,
  subjectOfChild,
  subjectRows,
  subjectsOfEnrolments,
  subjectsOfNotice,
  updateSubject,
} from './exchange-repository';
import { consentPreview, jsonFile, makeFor, type Made } from './make-service';
import { requireUsablePartner } from './partner-service';
import type { VerifiedPackage } from './verify-package';

const damaged = () => new AppFailure('exchange.damaged', { fields: { path: 'exchange.damaged' } });

function contentOf<T extends z.ZodType>(pkg: VerifiedPackage, schema: T): z.infer<T> {
  const file = pkg.files.get('content.json');
  let parsed: unknown = null;
  try {
    parsed = file ? JSON.parse(file.toString('utf8')) : null;
  } catch {
    throw damaged();
  }
  const result = schema.safeParse(parsed);
  if (!result.success) throw damaged();
  return result.data;
}

const strip = (made: Made & { data?: Buffer }): Made => ({ path: made.path, packageId: made.packageId, bytes: made.bytes });

// --- Receipt ---

export async function makeReceipt(ctx: ServiceContext, input: { packageId: string; folder: string }): Promise<Made> {
  const received = await packageRow(ctx.db, 'in', input.packageId);
  if (!received || !needsReceipt(received.kind)) throw new AppFailure('notFound');
  const partner = await requireUsablePartner(ctx.db, received.partner_id);
  const made = await makeFor(ctx, {
    partner,
    kind: 'receipt',
    files: [
      jsonFile('content.json', {
        packageId: received.package_id,
        kind: received.kind,
        importedAt: received.handled_at,
        items: received.item_count,
      }),
    ],
    items: 1,
    folder: input.folder,
    answersPackageId: received.package_id,
  });
  await markReceipt(ctx.db, 'in', received.package_id, nowIso(ctx));
  return strip(made);
}

async function sentPackage(db: ReadDb, pkg: VerifiedPackage) {
  const content = contentOf(pkg, receiptContent);
  const sent = await packageRow(db, 'out', content.packageId);
  if (!sent || sent.partner_id !== pkg.partner.id) throw new AppFailure('exchange.notAnswered', { fields: { path: 'exchange.notAnswered' } });
  return { content, sent };
}

export async function previewReceipt(db: ReadDb, pkg: VerifiedPackage): Promise<PreviewItem[]> {
  const { sent } = await sentPackage(db, pkg);
  const items: PreviewItem[] = [{ action: 'confirmReceipt', subject: sent.package_id, detail: sent.kind }];
  if (sent.kind === 'registrationNotice')
    for (const s of await subjectsOfNotice(db, sent.package_id))
      if (s.enrolment_id !== null) items.push({ action: 'recordNotice', subject: (await childNames(db, [s.child_id])).get(s.child_id) ?? '', detail: s.group_name });
  return items;
}

export async function importReceipt(ctx: ServiceContext, pkg: VerifiedPackage): Promise<number> {
  const { sent } = await sentPackage(ctx.db, pkg);
  await markReceipt(ctx.db, 'out', sent.package_id, nowIso(ctx));
  if (sent.kind !== 'registrationNotice') return 0;
  let marked = 0;
  for (const s of await subjectsOfNotice(ctx.db, sent.package_id)) {
    if (s.enrolment_id === null) continue;
    await recordNotice(ctx, {
      enrolmentId: s.enrolment_id,
      informedOn: today(ctx),
      informedBy: 'Kvittens på besked (partnerutbyte)',
      informedWhom: `${pkg.partner.organisation_name}, ${pkg.partner.installation_name}`.slice(0, 200),
    });
    marked++;
  }
  return marked;
}

// --- Registration notice (organisation → district) ---

export async function makeRegistrationNotice(
  ctx: ServiceContext,
  input: { partnerId: number; enrolmentIds: number[]; folder: string },
): Promise<Made> {
  const partner = await requireUsablePartner(ctx.db, input.partnerId);
  const subjects = new Map(
    (await subjectsOfEnrolments(ctx.db, input.enrolmentIds)).filter((s) => s.partner_id === partner.id).map((s) => [s.enrolment_id, s]),
  );
  const groups = new Map((await enrolmentGroups(ctx.db, input.enrolmentIds)).map((g) => [g.enrolmentId, g]));
  const notices = input.enrolmentIds.map((id) => {
    const subject = subjects.get(id);
    const group = groups.get(id);
    if (!subject) throw new AppFailure('exchange.notReferredByPartner');
    if (!group) throw new AppFailure('enrolments.groupRequired');
    return { subject, notice: { subjectRef: subject.subject_ref, groupName: group.groupName, startDate: group.startDate } };
  });
  const made = await makeFor(ctx, {
    partner,
    kind: 'registrationNotice',
    files: [jsonFile('content.json', { notices: notices.map((n) => n.notice) })],
    items: notices.length,
    folder: input.folder,
  });
  for (const n of notices)
    await updateSubject(ctx.db, n.subject.id, {
      notice_package_id: made.packageId,
      group_name: n.notice.groupName,
      group_start: n.notice.startDate,
    });
  return strip(made);
}

async function noticeSubjects(db: ReadDb, pkg: VerifiedPackage) {
  const { notices } = contentOf(pkg, registrationNoticeContent);
  const known = new Map((await subjectRows(db, pkg.partner.id, notices.map((n) => n.subjectRef))).map((s) => [s.subject_ref, s]));
  return notices.map((n) => {
    const subject = known.get(n.subjectRef);
    if (!subject) throw new AppFailure('exchange.unknownSubject', { fields: { path: 'exchange.unknownSubject' } });
    return { n, subject };
  });
}

export async function previewRegistrationNotice(db: ReadDb, pkg: VerifiedPackage): Promise<PreviewItem[]> {
  const list = await noticeSubjects(db, pkg);
  const names = await childNames(db, list.map((l) => l.subject.child_id));
  return list.map(({ n, subject }) => ({
    action: 'recordNotice',
    subject: names.get(subject.child_id) ?? '',
    detail: `${n.groupName} ${n.startDate}`,
  }));
}

export async function importRegistrationNotice(ctx: ServiceContext, pkg: VerifiedPackage): Promise<number> {
  const list = await noticeSubjects(ctx.db, pkg);
  for (const { n, subject } of list)
    await updateSubject(ctx.db, subject.id, {
      group_name: n.groupName,
      group_start: n.startDate,
      notice_package_id: pkg.manifest.packageId,
      notice_received_at: nowIso(ctx),
    });
  return list.length;
}

// --- Consent change (district → organisation) ---

export async function makeConsentChange(
  ctx: ServiceContext,
  input: { partnerId: number; childId: number; consent: z.output<typeof consentInput>; folder: string },
): Promise<Made> {
  const partner = await requireUsablePartner(ctx.db, input.partnerId);
  const subject = await subjectOfChild(ctx.db, partner.id, input.childId);
  if (!subject) throw new AppFailure('exchange.notReferredByPartner');
  const guardians = await getGuardianRows(ctx.db, input.childId);
  const index = input.consent.guardianId === null ? -1 : guardians.findIndex((g) => g.id === input.consent.guardianId);
  if (input.consent.guardianId !== null && index < 0) throw new AppFailure('enrolments.guardianNotOfChild');
  const consent = { ...input.consent, guardianRef: index < 0 ? null : index + 1 };
  const { guardianId: _dropped, ...carried } = consent;
  const made = await makeFor(ctx, {
    partner,
    kind: 'consentChange',
    files: [jsonFile('content.json', { changes: [{ subjectRef: subject.subject_ref, consent: carried }] })],
    items: 1,
    folder: input.folder,
    childIds: [input.childId],
  });
  return strip(made);
}

async function consentSubjects(db: ReadDb, pkg: VerifiedPackage) {
  const { changes } = contentOf(pkg, consentChangeContent);
  const known = new Map((await subjectRows(db, pkg.partner.id, changes.map((c) => c.subjectRef))).map((s) => [s.subject_ref, s]));
  return changes.map((c) => {
    const subject = known.get(c.subjectRef);
    if (!subject || subject.enrolment_id === null)
      throw new AppFailure('exchange.unknownSubject', { fields: { path: 'exchange.unknownSubject' } });
    return { c, subject, enrolmentId: subject.enrolment_id };
  });
}

export async function previewConsentChange(db: ReadDb, pkg: VerifiedPackage): Promise<PreviewItem[]> {
  const list = await consentSubjects(db, pkg);
  const names = await childNames(db, list.map((l) => l.subject.child_id));
  return list.map(({ c, subject }) => ({
    action: c.consent.decision === 'given' ? 'resumeEnrolment' : 'pauseEnrolment',
    subject: names.get(subject.child_id) ?? '',
    ...consentPreview(c.consent),
  }));
}

export async function importConsentChange(ctx: ServiceContext, pkg: VerifiedPackage): Promise<number> {
  const list = await consentSubjects(ctx.db, pkg);
  for (const { c, subject, enrolmentId } of list) {
    const guardians = await getGuardianRows(ctx.db, subject.child_id);
    await recordConsent(ctx, {
      enrolmentId,
      guardianId: c.consent.guardianRef === null ? null : (guardians[c.consent.guardianRef - 1]?.id ?? null),
      scope: c.consent.scope,
      decision: c.consent.decision,
      decidedOn: c.consent.decidedOn,
      method: c.consent.method,
      documentReference: `Paket ${pkg.manifest.packageId}`,
    });
  }
  return list.length;
}
