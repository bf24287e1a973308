// Printing (issue 14): the papers a group's work runs on, made in main through
// the document pipeline and saved in a folder the user chose with
// files:chooseFolder. Protected identity is masked in every one; a print
// WITH the protected details is its own channel, `printing:printRevealed`,
// for the roles that may reveal, so the reveal is audited as what it is.
import { z } from 'zod';
import { personalDataRoles } from '../roles';
import { channel } from './channel';
import { revealRoles } from './children';
import { id, isoDate, requiredText } from './common';
import { documentFormats } from './agreements/agreement';
import { enrolment } from './support-groups/enrolments';

export const printDocuments = [
  'roster',
  'attendanceSheet',
  'consentForm',
  'socialServicesNotice',
  'handBackLetter',
] as const;
export type PrintDocument = (typeof printDocuments)[number];

/** Papers staff edit before sending come as DOCX too; lists to print are PDF only. */
export const editableDocuments: readonly PrintDocument[] = [
  'consentForm',
  'socialServicesNotice',
  'handBackLetter',
];

const printTarget = z.discriminatedUnion('document', [
  z.object({ document: z.literal('roster'), groupId: id }).strict(),
  z.object({ document: z.literal('attendanceSheet'), groupId: id, sessionId: id }).strict(),
  z.object({ document: z.literal('consentForm'), enrolmentId: id }).strict(),
  z.object({ document: z.literal('socialServicesNotice'), enrolmentId: id }).strict(),
  z
    .object({
      document: z.literal('handBackLetter'),
      groupIds: z.array(id).min(1).max(500),
      /** The district the package goes back to (as the hand-back package names it). */
      district: requiredText(100),
    })
    .strict(),
]);
export type PrintTarget = z.infer<typeof printTarget>;

export const printInput = z
  .object({
    target: printTarget,
    format: z.enum(documentFormats),
    /** An existing folder the user chose with files:chooseFolder. */
    folder: z
      .string()
      .trim()
      .min(1, { error: 'documents.folderInvalid' })
      .max(4096, { error: 'field.tooLong' }),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.format === 'docx' && !editableDocuments.includes(v.target.document))
      ctx.addIssue({ code: 'custom', message: 'printing.pdfOnly', path: ['format'] });
  });

export const printResult = z.object({
  path: z.string(),
  fileName: z.string(),
  bytes: z.number().int(),
  /** Children with protected identity whose details the document leaves out. */
  withheld: z.number().int(),
  /** Children whose protected details this print holds (only `printing:printRevealed`). */
  revealed: z.number().int(),
});
export type PrintResult = z.infer<typeof printResult>;

const workers = { kind: 'session', roles: personalDataRoles } as const;
const revealers = {
  kind: 'session',
  roles: revealRoles.filter((r) => personalDataRoles.includes(r)),
} as const;

export const printingContract = {
  'printing:print': channel({ db: 'read', input: printInput, output: printResult, access: workers }),
  /** The same papers with the protected details in them: the reveal for this print, audited. */
  'printing:printRevealed': channel({
    db: 'read',
    input: printInput,
    output: printResult,
    access: revealers,
  }),
  /**
   * The printed notice to social services was handed over on that day: the
   * enrolment's notice is recorded (informed on that date, by the user, to the
   * child's social services), which satisfies the gate's "informed before start".
   */
  'printing:noticeHandedOver': channel({
    input: z.object({ enrolmentId: id, handedOverOn: isoDate }).strict(),
    output: enrolment,
    access: workers,
  }),
};
