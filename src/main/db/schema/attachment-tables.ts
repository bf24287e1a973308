import type { Generated } from 'kysely';
import type { AttachmentFileType, AttachmentRecordKind } from '../../../shared/attachments/rules';

/** A file kept with a record (migration 0018): exactly the column of its record's kind is set. */
export interface AttachmentTable {
  id: Generated<number>;
  record_kind: AttachmentRecordKind;
  agreement_id: number | null;
  amendment_id: number | null;
  meeting_id: number | null;
  consent_id: number | null;
  enrolment_id: number | null;
  deficiency_id: number | null;
  /** Migration 0023: a commitment's tick-off. */
  tick_off_id: number | null;
  name: string;
  file_type: AttachmentFileType;
  bytes: number;
  sha256: string;
  added_at: string;
  added_by_user_id: number | null;
}

/** The file's bytes, in order, at most 1 MiB a chunk. */
export interface AttachmentChunkTable {
  id: Generated<number>;
  attachment_id: number;
  position: number;
  data: Buffer;
}
