// Builds a printout in main through the document pipeline (document model →
// PDF or DOCX) and writes it straight into the folder the user chose: one
// file, written once with no temporary copy beside it, removed again if the
// write fails half-way. Protected identity is masked unless `reveal` (the
// `printing:printRevealed` channel, for the roles that may reveal, audited).
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import type { PrintResult, PrintTarget } from '../../shared/ipc/printing';
import type { DocumentFormat } from '../../shared/ipc/agreements';
import { AppFailure } from '../base/app-error';
import { today, type ServiceContext } from '../context/service-context';
import type { ReadDb } from '../db/handles';
import type { DocumentModel } from '../documents/document-model';
import { fileNameFor, freePath, renderDocument, validateFolder } from '../documents/document-service';
import { getEnrolment } from '../support-groups/enrolment-view';
import { getGroup } from '../support-groups/group-view';
import { getProgramme } from '../support-groups/programme-service';
import { getUserRow } from '../users/user-repository';
import { agreementFacts } from './print-agreement';
import { buildConsentForm, type EnrolmentPaperInput } from './consent-paper';
import { buildAttendanceSheet, buildRoster, onPapers } from './group-papers';
import { handBackLetter } from './handback-letter-data';
import { buildNotice } from './notice-paper';
import { disclosureOf, printChild, type Disclosure, type PrintChild } from './print-people';

interface Built {
  model: DocumentModel;
  /** The file name without extension. */
  fileBase: string;
  disclosure: Disclosure;
}

const nothingDisclosed: Disclosure = { withheld: 0, revealed: 0 };

export async function userName(ctx: ServiceContext<ReadDb>): Promise<string> {
  return (await getUserRow(ctx.db, ctx.user.id))?.display_name ?? '';
}

async function groupPaper(
  ctx: ServiceContext<ReadDb>,
  target: Extract<PrintTarget, { document: 'roster' | 'attendanceSheet' }>,
  reveal: boolean,
): Promise<Built> {
  const group = await getGroup(ctx.db, target.groupId);
  if (target.document === 'attendanceSheet') {
    if (!group.sessions.some((s) => s.id === target.sessionId))
      throw new AppFailure('validation', { fields: { sessionId: 'printing.sessionNotInGroup' } });
    const date = group.sessions.find((s) => s.id === target.sessionId)!.date;
    const model = buildAttendanceSheet({ group, sessionId: target.sessionId, today: today(ctx) });
    return { model, fileBase: `Närvarolista ${group.name} ${date}`, disclosure: nothingDisclosed };
  }
  const children = new Map<number, PrintChild>();
  for (const p of group.participants.filter(onPapers))
    children.set(p.childId, await printChild(ctx.db, p.childId, reveal));
  return {
    model: buildRoster({ group, children, today: today(ctx) }),
    fileBase: `Grupplista ${group.name}`,
    disclosure: disclosureOf([...children.values()]),
  };
}

async function enrolmentPaper(
  ctx: ServiceContext<ReadDb>,
  target: Extract<PrintTarget, { document: 'consentForm' | 'socialServicesNotice' }>,
  reveal: boolean,
): Promise<Built> {
  const enrolment = await getEnrolment(ctx.db, target.enrolmentId, today(ctx));
  const child = await printChild(ctx.db, enrolment.childId, reveal);
  const programme = await getProgramme(ctx, enrolment.programmeId);
  const input: EnrolmentPaperInput = {
    enrolment,
    child,
    programme,
    group: enrolment.groupId === null ? null : await getGroup(ctx.db, enrolment.groupId),
    agreement: await agreementFacts(ctx.db, programme.agreementId),
    today: today(ctx),
    userName: await userName(ctx),
  };
  if (target.document === 'socialServicesNotice')
    // The notice needs no protected detail: it never holds one, revealed or not.
    return {
      model: buildNotice({ ...input, child: { ...child, details: null } }),
      fileBase: `Meddelande om anmälan ${child.name}`,
      disclosure: disclosureOf([{ ...child, details: null }]),
    };
  const lvu = enrolment.consentBasis === 'notRequired';
  return {
    model: buildConsentForm(input),
    fileBase: `${lvu ? 'Information' : 'Samtycke'} ${programme.name} ${child.name}`,
    disclosure: disclosureOf([child]),
  };
}

async function build(ctx: ServiceContext<ReadDb>, target: PrintTarget, reveal: boolean): Promise<Built> {
  switch (target.document) {
    case 'roster':
    case 'attendanceSheet':
      return groupPaper(ctx, target, reveal);
    case 'consentForm':
    case 'socialServicesNotice':
      return enrolmentPaper(ctx, target, reveal);
    case 'handBackLetter': {
      const model = await handBackLetter(ctx, target, await userName(ctx));
      return {
        model,
        fileBase: `Följebrev återföring ${target.district} ${today(ctx)}`,
        disclosure: nothingDisclosed,
      };
    }
  }
}

/** Creates the file (never over an existing one) and writes it; a failed write leaves no part behind. */
function writeOnce(path: string, bytes: Buffer): void {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch {
    throw new AppFailure('documents.writeFailed');
  }
  try {
    writeSync(fd, bytes);
  } catch {
    closeSync(fd);
    rmSync(path, { force: true });
    throw new AppFailure('documents.writeFailed');
  }
  closeSync(fd);
}

export async function print(
  ctx: ServiceContext<ReadDb>,
  input: { target: PrintTarget; format: DocumentFormat; folder: string },
  reveal: boolean,
): Promise<PrintResult> {
  const folder = validateFolder(input.folder);
  const { model, fileBase, disclosure } = await build(ctx, input.target, reveal);
  const bytes = await renderDocument(model, input.format, ctx.clock.now());
  const path = freePath(folder, fileNameFor(fileBase, input.format));
  writeOnce(path, bytes);
  return {
    path,
    fileName: path.slice(folder.length).replace(/^[\\/]/, ''),
    bytes: bytes.length,
    ...disclosure,
  };
}
