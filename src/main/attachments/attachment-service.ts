// Attachments (issue 14): reading a file the user picked into the encrypted
// database after checking what it is by its content, listing a record's
// files, and writing a copy where the user chooses. Who may do what follows
// the record's own roles (shared/attachments/rules.ts): the channels let in
// every role that reads some record, and this refuses the rest. Removing a
// file is erasure (erasure/attachment-removal.ts), so its bytes are gone.
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import {
  attachmentExtensions,
  attachmentMaxBytes,
  attachmentNameMaxChars,
  mayChangeAttachments,
  mayReadAttachments,
  viewableFileTypes,
  type AttachmentRecordKind,
} from '../../shared/attachments/rules';
import type { Attachment, AttachmentRecord } from '../../shared/ipc/attachments';
import { AppFailure } from '../base/app-error';
import { nowIso, type ServiceContext } from '../context/service-context';
import type { ReadDb } from '../db/handles';
import { freePath } from '../documents/document-service';
import { fsyncDir } from '../files/atomic-write';
import { isLocalAbsolutePath, isUsableLocalFolder } from '../files/local-path';
import {
  attachmentChunks,
  attachmentDigest,
  attachmentsOf,
  findAttachment,
  insertAttachment,
  recordExists,
  type AttachmentRow,
} from './attachment-repository';
import { sniffFileType } from './file-sniff';

const toAttachment = (row: AttachmentRow): Attachment => ({
  id: row.id,
  name: row.name,
  fileType: row.file_type,
  bytes: row.bytes,
  addedAt: row.added_at,
  addedBy: row.added_by ?? '',
});

function requireRole(ctx: ServiceContext<ReadDb>, kind: AttachmentRecordKind, use: 'read' | 'write'): void {
  const may = use === 'read' ? mayReadAttachments : mayChangeAttachments;
  if (!may(ctx.user.role, kind)) throw new AppFailure('forbidden');
}

/** The file, if the caller may `use` it as its record allows. */
export async function requireAttachment(
  ctx: ServiceContext<ReadDb>,
  id: number,
  use: 'read' | 'write',
): Promise<AttachmentRow> {
  const row = await findAttachment(ctx.db, id);
  if (!row) throw new AppFailure('notFound');
  requireRole(ctx, row.record_kind, use);
  return row;
}

export async function listAttachments(
  ctx: ServiceContext<ReadDb>,
  record: AttachmentRecord,
): Promise<{ items: Attachment[]; mayChange: boolean }> {
  requireRole(ctx, record.kind, 'read');
  if (!(await recordExists(ctx.db, record.kind, record.id))) throw new AppFailure('notFound');
  const rows = await attachmentsOf(ctx.db, record.kind, record.id);
  return { items: rows.map(toAttachment), mayChange: mayChangeAttachments(ctx.user.role, record.kind) };
}

/** The picked file's own name, without control characters, shortened to fit (its ending kept). */
export function attachmentName(path: string): string {
  const name = basename(path.replace(/\\/g, '/'))
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim();
  if (name.length <= attachmentNameMaxChars) return name || 'bilagd fil';
  const dot = name.lastIndexOf('.');
  const ending = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  return name.slice(0, attachmentNameMaxChars - ending.length) + ending;
}

/** Reads the file, refusing what is not a file, is empty or too large, before reading it all. */
async function readPicked(path: string): Promise<Buffer> {
  const unreadable = () =>
    new AppFailure('attachments.fileUnreadable', { fields: { path: 'attachments.fileUnreadable' } });
  if (!isLocalAbsolutePath(path)) throw unreadable();
  const tooLarge = () =>
    new AppFailure('attachments.tooLarge', { params: { max: String(attachmentMaxBytes / 1024 / 1024) } });
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw unreadable();
    if (info.size > attachmentMaxBytes) throw tooLarge();
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    throw unreadable();
  }
  if (bytes.length === 0) throw new AppFailure('attachments.empty');
  // The file may have grown between stat and read.
  if (bytes.length > attachmentMaxBytes) throw tooLarge();
  return bytes;
}

export async function addAttachment(
  ctx: ServiceContext,
  input: { record: AttachmentRecord; path: string },
): Promise<Attachment> {
  const { record } = input;
  requireRole(ctx, record.kind, 'write');
  if (!(await recordExists(ctx.db, record.kind, record.id))) throw new AppFailure('notFound');
  const bytes = await readPicked(input.path);
  const sniffed = await sniffFileType(bytes);
  if (!sniffed.ok)
    throw new AppFailure(sniffed.reason === 'macro' ? 'attachments.macroRefused' : 'attachments.typeRefused');
  const id = await insertAttachment(
    ctx.db,
    {
      kind: record.kind,
      recordId: record.id,
      name: attachmentName(input.path),
      fileType: sniffed.fileType,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      addedAt: nowIso(ctx),
      addedBy: ctx.user.id,
    },
    bytes,
  );
  return toAttachment((await findAttachment(ctx.db, id))!);
}

/** The name a copy is saved under: the file's own, with the ending its content calls for. */
export function copyName(row: Pick<AttachmentRow, 'name' | 'file_type'>): string {
  const safe = row.name.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '-').replace(/[. ]+$/, '') || 'bilaga';
  const endings = attachmentExtensions[row.file_type];
  return endings.some((e) => safe.toLowerCase().endsWith(e)) ? safe : `${safe}${endings[0]}`;
}

/**
 * Writes a copy into the folder, chunk by chunk into a file beside it, then
 * renames it into place: a copy is whole or not there. Its fingerprint is
 * checked against the one stored when the file was added.
 */
export async function saveAttachmentCopy(
  ctx: ServiceContext<ReadDb>,
  input: { id: number; folder: string },
): Promise<{ fileName: string; path: string }> {
  const row = await requireAttachment(ctx, input.id, 'read');
  if (!isUsableLocalFolder(input.folder, { writable: true }))
    throw new AppFailure('attachments.folderInvalid', { fields: { folder: 'attachments.folderInvalid' } });
  const path = freePath(input.folder, copyName(row));
  const tmp = `${path}.${process.pid}.tmp`;
  const hash = createHash('sha256');
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o600);
    for await (const chunk of attachmentChunks(ctx.db, row.id)) {
      hash.update(chunk);
      writeSync(fd, chunk);
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (hash.digest('hex') !== (await attachmentDigest(ctx.db, row.id)))
      throw new Error('attachment digest mismatch');
    renameSync(tmp, path);
    fsyncDir(dirname(path));
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    if (error instanceof Error && error.message === 'attachment digest mismatch') throw error;
    throw new AppFailure('attachments.writeFailed');
  }
  return { fileName: basename(path), path };
}

const imageMediaTypes: Readonly<Record<string, string>> = { jpeg: 'image/jpeg', png: 'image/png' };

/** An image attachment as a data URL, for the app to show; its fingerprint is checked first. */
export async function viewAttachment(ctx: ServiceContext<ReadDb>, id: number): Promise<{ dataUrl: string }> {
  const row = await requireAttachment(ctx, id, 'read');
  if (!viewableFileTypes.includes(row.file_type)) throw new AppFailure('attachments.notViewable');
  const parts: Buffer[] = [];
  for await (const chunk of attachmentChunks(ctx.db, row.id)) parts.push(chunk);
  const bytes = Buffer.concat(parts);
  if (createHash('sha256').update(bytes).digest('hex') !== (await attachmentDigest(ctx.db, row.id)))
    throw new Error('attachment digest mismatch');
  return { dataUrl: `data:${imageMediaTypes[row.file_type]};base64,${bytes.toString('base64')}` };
}
