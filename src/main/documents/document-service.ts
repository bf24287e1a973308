// Generates an agreement's documents in main and writes them into a folder the
// user chose (files:chooseFolder). The folder must be an existing absolute
// directory; an existing file is never overwritten (a number is added).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentFormat, DocumentKind } from '../../shared/ipc/agreements';
import type { PartyOrganisation } from '../../shared/ipc/agreements';
import { AppFailure } from '../base/app-error';
import { isUsableLocalFolder } from '../files/local-path';
import { writeFileAtomic } from '../files/atomic-write';
import { today, type ServiceContext } from '../context/service-context';
import { organisationsByIds } from '../agreements/agreement-repository';
import { requireAgreementRow } from '../agreements/agreement-service';
import { lifecycleOf, loadData, referencedOrganisations } from '../agreements/agreement-view';
import { buildAgreementDocument } from './agreement-document';
import { buildDecisionMemo } from './decision-memo-document';
import type { DocumentModel } from './document-model';
import { renderDocx } from './docx-renderer';
import { renderPdf } from './pdf-renderer';

export interface GenerateInput {
  id: number;
  document: DocumentKind;
  format: DocumentFormat;
  folder: string;
}

export function validateFolder(folder: string): string {
  const invalid = () =>
    new AppFailure('documents.folderInvalid', { fields: { folder: 'documents.folderInvalid' } });
  if (!isUsableLocalFolder(folder)) throw invalid();
  return folder;
}

/** `Överenskommelse SN-2017-272.docx`; characters Windows refuses become dashes. */
export function fileNameFor(kind: DocumentKind, registrationNumber: string, format: DocumentFormat): string {
  const base = kind === 'agreement' ? 'Överenskommelse' : 'Tjänsteutlåtande';
  const safe = registrationNumber.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '-').replace(/[. ]+$/, '');
  return `${base} ${safe}.${format}`;
}

function freePath(folder: string, fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  for (let n = 1; n < 1000; n++) {
    const name = n === 1 ? fileName : `${fileName.slice(0, dot)} (${n})${fileName.slice(dot)}`;
    const path = join(folder, name);
    if (!existsSync(path)) return path;
  }
  throw new AppFailure('documents.writeFailed');
}

export async function buildDocumentModel(
  ctx: ServiceContext,
  id: number,
  kind: DocumentKind,
): Promise<DocumentModel> {
  const row = await requireAgreementRow(ctx, id);
  const data = await loadData(ctx.db, row);
  const lifecycle = await lifecycleOf(ctx.db, row);
  const organisations: Map<number, PartyOrganisation> = await organisationsByIds(
    ctx.db,
    referencedOrganisations(data),
  );
  return kind === 'agreement'
    ? buildAgreementDocument({ data, organisations, signatures: lifecycle.signatures })
    : buildDecisionMemo({ data, organisations, decision: lifecycle.decision, today: today(ctx) });
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
  const model = await buildDocumentModel(ctx, input.id, input.document);
  const registrationNumber = model.meta.find(([label]) => label === 'Diarienummer')?.[1] ?? String(input.id);
  const bytes = await renderDocument(model, input.format, ctx.clock.now());
  const path = freePath(folder, fileNameFor(input.document, registrationNumber, input.format));
  try {
    writeFileAtomic(path, bytes);
  } catch {
    throw new AppFailure('documents.writeFailed');
  }
  return { path, fileName: path.slice(folder.length).replace(/^[\\/]/, ''), bytes: bytes.length };
}
