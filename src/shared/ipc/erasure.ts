// Contract for gallring: which groups are over and when their children's
// data is due for erasure, the hand-back packages to social services (one
// age-encrypted file per responsible district), and the erasure itself.
// Only the roles that work with children's data may call it.
import { z } from 'zod';
import { personalDataRoles } from '../roles';
import { groupStatuses } from '../support-groups/vocabulary';
import { channel } from './channel';
import { empty, id, isoDateTime } from './common';

export const retentionStates = ['later', 'due', 'overdue'] as const;
export const minHandBackPassphraseLength = 16;

export const erasureDistrict = z.object({
  /** The responsible district (or home municipality) the package goes to. */
  district: z.string(),
  enrolments: z.number().int(),
  /** When a package holding every enrolment of this district was made; null if not (all) handed back yet. */
  handedBackAt: isoDateTime.nullable(),
});

export const erasureGroup = z.object({
  groupId: id,
  groupName: z.string(),
  programmeName: z.string(),
  agreementLabel: z.string(),
  status: z.enum(groupStatuses),
  overOn: z.string(),
  dueOn: z.string(),
  state: z.enum(retentionStates),
  enrolments: z.number().int(),
  children: z.number().int(),
  districts: z.array(erasureDistrict),
  /** Every enrolment is in a hand-back package made after its last change. */
  handedBack: z.boolean(),
});
export type ErasureGroup = z.infer<typeof erasureGroup>;

export const erasureRun = z.object({
  erasedAt: isoDateTime,
  groups: z.number().int(),
  enrolments: z.number().int(),
  childrenDeleted: z.number().int(),
  childrenKept: z.number().int(),
});

/** How many groups the overview lists unless asked for another number (the most urgent first). */
export const defaultOverviewLimit = 300;

export const erasureOverview = z.object({
  retentionDays: z.number().int(),
  /** The most urgent groups awaiting erasure, at most the `limit` asked for. */
  groups: z.array(erasureGroup),
  /** How many groups await erasure in all (may be more than `groups` holds). */
  total: z.number().int(),
  /** Due and overdue over all groups awaiting erasure, not only those listed. */
  due: z.number().int(),
  overdue: z.number().int(),
  recent: z.array(erasureRun),
});
export type ErasureOverview = z.infer<typeof erasureOverview>;

/** The Översikt card's counts only (the overview's list grows with every group that is over). */
export const erasureSummary = z.object({
  retentionDays: z.number().int(),
  /** Groups that are over and still hold children's data. */
  awaiting: z.number().int(),
  due: z.number().int(),
  overdue: z.number().int(),
});
export type ErasureSummary = z.infer<typeof erasureSummary>;

const groupIds = z
  .array(id)
  .min(1, { error: 'field.required' })
  .max(100, { error: 'field.tooMany' })
  .refine((ids) => new Set(ids).size === ids.length, { error: 'field.invalid' });

export const handBackPackage = z.object({
  district: z.string(),
  fileName: z.string(),
  path: z.string(),
  enrolments: z.number().int(),
  bytes: z.number().int(),
});
export type HandBackPackage = z.infer<typeof handBackPackage>;

const workers = { kind: 'session', roles: personalDataRoles } as const;

export const erasureContract = {
  'erasure:overview': channel({
    db: 'read',
    input: z
      .object({ limit: z.number().int().min(1).max(5000).default(defaultOverviewLimit) })
      .strict(),
    output: erasureOverview,
    access: workers,
  }),
  'erasure:summary': channel({ db: 'read', input: empty, output: erasureSummary, access: workers }),
  'erasure:suggestPassphrase': channel({
    db: 'read',
    input: empty,
    output: z.object({ passphrase: z.string() }),
    access: workers,
  }),
  'erasure:handBack': channel({
    input: z
      .object({
        groupIds,
        /** An existing folder the user chose with files:chooseFolder. */
        folder: z
          .string()
          .trim()
          .min(1, { error: 'erasure.folderInvalid' })
          .max(4096, { error: 'field.tooLong' }),
        /** Shared with social services out of band (phone, in person), never with the file. */
        passphrase: z
          .string()
          .min(minHandBackPassphraseLength, { error: 'erasure.passphraseTooShort' })
          .max(1024, { error: 'field.tooLong' }),
      })
      .strict(),
    output: z.object({ packages: z.array(handBackPackage) }),
    access: workers,
  }),
  'erasure:erase': channel({
    input: z
      .object({
        groupIds,
        /** The user confirmed that the packages are saved and the passphrase handed over. */
        confirmed: z.literal(true, { error: 'erasure.confirmRequired' }),
      })
      .strict(),
    output: z.object({
      groups: z.number().int(),
      enrolments: z.number().int(),
      childrenDeleted: z.number().int(),
      childrenKept: z.number().int(),
      /** The log was checkpointed and emptied so no erased byte remains; false if another reader kept the log. */
      purged: z.boolean(),
    }),
    access: workers,
  }),
};
