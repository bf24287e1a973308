// Contract for attachments (issue 14): files kept with an agreement, an
// amendment, a meeting, a consent, an enrolment or a deficiency, inside the
// encrypted database. The bytes never pass through the renderer: the user
// picks a file in main's dialog (files:chooseFile, purpose 'attachmentFile')
// and main reads it; a copy is written by main into a folder picked the same
// way ('attachmentFolder'). Every channel is open to the roles that read some
// record's personal data; main then applies the record's own rule
// (shared/attachments/rules.ts) and refuses the rest (forbidden). Every call
// is audited with ids only: a file's name can hold a person's name.
import { z } from 'zod';
import { attachmentFileTypes, attachmentRecordKinds, attachmentUsers } from '../attachments/rules';
import { channel } from './channel';
import { id, isoDateTime } from './common';

const access = { kind: 'session', roles: attachmentUsers } as const;

export const attachmentRecord = z.object({ kind: z.enum(attachmentRecordKinds), id }).strict();
export type AttachmentRecord = z.infer<typeof attachmentRecord>;

const localPath = z.string().min(1).max(4096);

const attachmentSchema = z.object({
  id,
  name: z.string(),
  fileType: z.enum(attachmentFileTypes),
  bytes: z.number().int().nonnegative(),
  addedAt: isoDateTime,
  addedBy: z.string(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const attachmentsContract = {
  'attachments:list': channel({
    db: 'read',
    input: z.object({ record: attachmentRecord }).strict(),
    output: z.object({ items: z.array(attachmentSchema), mayChange: z.boolean() }),
    access,
  }),
  /** Reads the file at `path` (chosen in main's dialog), checks its content and keeps it. */
  'attachments:add': channel({
    input: z.object({ record: attachmentRecord, path: localPath }).strict(),
    output: attachmentSchema,
    access,
  }),
  /** Writes a copy into `folder` (chosen in main's dialog); an existing file is never overwritten. */
  'attachments:saveCopy': channel({
    db: 'read',
    input: z.object({ id, folder: localPath }).strict(),
    output: z.object({ fileName: z.string(), path: z.string() }),
    access,
  }),
  /** An image (JPEG, PNG) to show in the app, as a data URL; other kinds are saved as a copy and opened from there. */
  'attachments:view': channel({
    db: 'read',
    input: z.object({ id }).strict(),
    output: z.object({ dataUrl: z.string() }),
    access,
  }),
  /** Removes the file; its bytes are erased from the database and its log (the erasure routine). */
  'attachments:remove': channel({
    input: z.object({ id, confirmed: z.literal(true) }).strict(),
    output: z.object({ removed: z.boolean() }),
    access,
  }),
};
