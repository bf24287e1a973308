// Attachments (issue 14): the signed papers kept with a record. Which records
// take files, which kinds of file, how large, and who may read and change them
// — the same roles as the record itself (its channels' `access`).
import { personalDataRoles, type Role } from '../roles';

/** The records a file can be attached to. */
export const attachmentRecordKinds = [
  'agreement',
  'amendment',
  'meeting',
  'consent',
  'enrolment',
  'deficiency',
  'tickOff',
] as const;
export type AttachmentRecordKind = (typeof attachmentRecordKinds)[number];

/** The kinds of file accepted, as recognised by their content (never by their name). */
export const attachmentFileTypes = ['pdf', 'jpeg', 'png', 'docx', 'xlsx'] as const;
export type AttachmentFileType = (typeof attachmentFileTypes)[number];

/** The file name's ending a saved copy gets if its own name has none that fits. */
export const attachmentExtensions: Readonly<Record<AttachmentFileType, readonly string[]>> = {
  pdf: ['.pdf'],
  jpeg: ['.jpg', '.jpeg'],
  png: ['.png'],
  docx: ['.docx'],
  xlsx: ['.xlsx'],
};

/** The kinds the app shows itself (as an image); the others are saved as a copy and opened from there. */
export const viewableFileTypes: readonly AttachmentFileType[] = ['jpeg', 'png'];

/** 25 MB per file. */
export const attachmentMaxBytes = 25 * 1024 * 1024;

/** The longest file name kept (characters). */
export const attachmentNameMaxChars = 200;

interface AttachmentAccess {
  /** May list the record's files and save a copy: the roles that read the record's personal data. */
  read: readonly Role[];
  /** May add and remove files: the roles that may change the record. */
  write: readonly Role[];
}

const agreementWriters: readonly Role[] = ['admin', 'caseworker'];

export const attachmentAccess: Readonly<Record<AttachmentRecordKind, AttachmentAccess>> = {
  // agreements:save, agreements:saveAmendment; versions with personal data: personalDataRoles
  agreement: { read: personalDataRoles, write: agreementWriters },
  amendment: { read: personalDataRoles, write: agreementWriters },
  // agreements:recordMeeting / removeMeeting (meetingWriters)
  meeting: { read: personalDataRoles, write: personalDataRoles },
  // enrolments:recordConsent, enrolments:* (workers)
  consent: { read: personalDataRoles, write: personalDataRoles },
  enrolment: { read: personalDataRoles, write: personalDataRoles },
  // agreements:deficiencies (readers) / recordDeficiency (writers)
  deficiency: { read: personalDataRoles, write: agreementWriters },
  // agreements:tickOffs (readers) / recordTickOff, removeTickOff (writers: the organisation's own follow-up too)
  tickOff: { read: personalDataRoles, write: ['admin', 'caseworker', 'coordinator'] },
};

/** Every role that may read some record's files: the channels' `access`; main checks the record's own rule. */
export const attachmentUsers: readonly Role[] = personalDataRoles;

export const mayReadAttachments = (role: Role, kind: AttachmentRecordKind): boolean =>
  attachmentAccess[kind].read.includes(role);
export const mayChangeAttachments = (role: Role, kind: AttachmentRecordKind): boolean =>
  attachmentAccess[kind].write.includes(role);
