// Generates an agreement's documents in main and writes them into a folder the
// user chose (files:chooseFolder). The folder must be an existing absolute
// directory; an existing file is never overwritten (a number is added).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentFormat, DocumentKind } from '../../shared/ipc/agreements';
import { loadLife } from '../agreements/amendments/agreement-life';
import { amendmentState } from '../agreements/amendments/amendment-checks';
import type { PartyOrganisation } from '../../shared/ipc/agreements';
import { AppFailure } from '../base/app-error';
import { isUsableLocalFolder } from '../files/local-path';
import { writeFileAtomic } from '../files/atomic-write';
import { today, type ServiceContext } from '../context/service-context';
import { organisationsByIds } from '../agreements/agreement-repository';
import { requireAgreementRow } from '../agreements/agreement-service';
import { lifecycleOf, loadData, referencedOrganisations } from '../agreements/agreement-view';
import { buildAgreementDocument } from './agreement-document';
import { buildAmendmentDocument } from './amendment-document';
import { consolidate } from './consolidated-agreement';
import { buildDecisionMemo } from './decision-memo-document';
import type { DocumentModel } from './document-model';
import { renderDocx } from './docx-renderer';
import { renderPdf } from './pdf-renderer';

export interface GenerateInput {
  id: number;
  document: DocumentKind;
  format: DocumentFormat;
  folder: string;
  /** For 'amendment': which one. */
  amendmentId?: number | undefined;
  /** For 'agreement': as in force on that date (consolidated); without it, today's terms. */
  asOf?: string | undefined;
}

/** A document ready to render, with the file name it is saved under (without extension). */
interface Built {
  model: DocumentModel;
  fileBase: string;
}

export function validateFolder(folder: string): string {
  const invalid = () =>
    new AppFailure('documents.folderInvalid', { fields: { folder: 'documents.folderInvalid' } });
  if (!isUsableLocalFolder(folder)) throw invalid();
  return folder;
}

/** `Överenskommelse SN-2017-272.docx`; characters Windows refuses become dashes. */
export function fileNameFor(base: string, extension: DocumentFormat | 'ics'): string {
  const safe = base.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '-').replace(/[. ]+$/, '');
  return `${safe}.${extension}`;
}

export function freePath(folder: string, fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  for (let n = 1; n < 1000; n++) {
    const name = n === 1 ? fileName : `${fileName.slice(0, dot)} (${n})${fileName.slice(dot)}`;
    const path = join(folder, name);
    if (!existsSync(path)) return path;
  }
  throw new AppFailure('documents.writeFailed');
}

async function buildDocument(ctx: ServiceContext, input: GenerateInput): Promise<Built> {
  const row = await requireAgreementRow(ctx, input.id);
  const current = await loadData(ctx.db, row);
  const life = await loadLife(ctx.db, row.id, current);
  const lifecycle = await lifecycleOf(ctx.db, row, life);
  const organisations: Map<number, PartyOrganisation> = await organisationsByIds(ctx.db, [
    ...referencedOrganisations(current),
    ...referencedOrganisations(life.original),
    ...life.amendments.flatMap((a) => [
      ...a.concerned,
      ...[...(a.changes.before.parties ?? []), ...(a.changes.after.parties ?? [])].map((p) => p.organisationId),
    ]),
  ]);
  const nameOf = (id: number) => organisations.get(id)?.name ?? '';
  const dnr = current.registrationNumber || String(row.id);
  if (input.document === 'amendment') {
    const amendment = life.amendments.find((a) => a.id === input.amendmentId);
    if (!amendment) throw new AppFailure('notFound');
    const { before, after } = amendmentState(life, current, amendment);
    return {
      model: buildAmendmentDocument({ amendment, before, after, organisations }),
      fileBase: `Tilläggsavtal ${amendment.number} till ${dnr}`,
    };
  }
  if (input.document === 'decisionMemo')
    return {
      model: buildDecisionMemo({ data: current, organisations, decision: lifecycle.decision, today: today(ctx) }),
      fileBase: `Tjänsteutlåtande ${dnr}`,
    };
  const view = consolidate(life, current, lifecycle.signatures, { asOf: input.asOf, today: today(ctx), nameOf });
  return {
    model: buildAgreementDocument({
      data: view.data,
      organisations,
      signatures: view.signatures,
      consolidation: view.consolidation,
    }),
    fileBase: `Överenskommelse ${dnr}${input.asOf ? ` gällande ${input.asOf}` : ''}`,
  };
}

/** The document's model alone (benchmarks and tests). */
export async function buildDocumentModel(
  ctx: ServiceContext,
  id: number,
  document: DocumentKind,
  options: Pick<GenerateInput, 'amendmentId' | 'asOf'> = {},
): Promise<DocumentModel> {
  return (await buildDocument(ctx, { id, document, format: 'pdf', folder: '', ...options })).model;
}

export async function renderDocument(
  model: DocumentModel,
  format: DocumentFormat,
  createdAt: Date,
): Promise<Buffer> {
  return format === 'docx' ? renderDocx(model) : renderPdf(model, createdAt);
}

export async function generateDocument(
  ctx: ServiceContext,
  input: GenerateInput,
): Promise<{ path: string; fileName: string; bytes: number }> {
  const folder = validateFolder(input.folder);
  const { model, fileBase } = await buildDocument(ctx, input);
  const bytes = await renderDocument(model, input.format, ctx.clock.now());
  const path = freePath(folder, fileNameFor(fileBase, input.format));
  try {
    writeFileAtomic(path, bytes);
  } catch {
    throw new AppFailure('documents.writeFailed');
  }
  return { path, fileName: path.slice(folder.length).replace(/^[\\/]/, ''), bytes: bytes.length };
}
