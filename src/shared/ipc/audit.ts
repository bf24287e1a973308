import { z } from 'zod';
import { channel } from './channel';
import { empty, id, isoDate, nothing } from './common';

export const auditOutcomes = ['ok', 'denied', 'invalid', 'failed'] as const;

export const auditEntry = z.object({
  id,
  at: z.string(),
  userId: z.number().int().nullable(),
  username: z.string().nullable(),
  role: z.string().nullable(),
  channel: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  outcome: z.enum(auditOutcomes),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const auditFilter = z
  .object({
    userId: id.nullable().default(null),
    entityType: z.string().trim().max(50).nullable().default(null),
    from: isoDate.nullable().default(null),
    to: isoDate.nullable().default(null),
  })
  .strict();

/** The chain's newest entry and length: what the admin prints and files outside the machine. */
export const chainHead = z.object({
  lastId: z.number().int(),
  count: z.number().int(),
  hash: z.string(),
  at: z.string().nullable(),
});

export const auditHeadPrint = chainHead.extend({
  installationId: z.string(),
  organisationName: z.string(),
  /** The one line to paste back into the check (IOPDESK-LOGGHUVUD v1 ...). */
  line: z.string(),
  printedAt: z.string(),
});
export type AuditHeadPrint = z.infer<typeof auditHeadPrint>;

/** How the chain compares with a head printed earlier: null problem when it contains it. */
export const anchorComparison = z.object({
  given: chainHead,
  problem: z.enum(['missing', 'rewritten', 'deleted']).nullable(),
  /** For 'missing': the first and last id that are gone. */
  fromId: z.number().int().nullable(),
  toId: z.number().int().nullable(),
});

export const auditVerification = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBadId: z.number().int().nullable(),
  problem: z.enum(['edited', 'inserted', 'deleted']).nullable(),
  /** The chain's head now. */
  head: chainHead,
  /** Only when a printed head was given. */
  anchor: anchorComparison.nullable(),
});
export type AuditVerification = z.infer<typeof auditVerification>;

export const integrityAlert = z.object({
  id,
  at: z.string(),
  kind: z.enum(['headMismatch', 'lockedQueue', 'databaseCheck']),
  /** Codes and numbers only, e.g. "missing=101-150;chainEnds=…;head=…". */
  details: z.string(),
});
export type IntegrityAlert = z.infer<typeof integrityAlert>;
/** Non-admins get the count only (and are told to contact an admin). */
export const integrityAlerts = z.object({ count: z.number().int(), alerts: z.array(integrityAlert) });
export type IntegrityAlerts = z.infer<typeof integrityAlerts>;

const admin = { kind: 'session', roles: ['admin'] } as const;

export const auditContract = {
  'audit:list': channel({
    db: 'read',
    input: auditFilter.extend({ limit: z.number().int().min(1).max(1000).default(200), offset: z.number().int().min(0).default(0) }),
    output: z.object({ entries: z.array(auditEntry), total: z.number().int() }),
    access: admin,
  }),
  'audit:verify': channel({
    db: 'read',
    input: z.object({ anchor: z.string().max(4000).optional() }).strict(),
    output: auditVerification,
    access: admin,
  }),
  'audit:head': channel({ db: 'read', input: empty, output: auditHeadPrint, access: admin }),
  'audit:acknowledgeAlerts': channel({ input: z.object({ upToId: id }).strict(), output: nothing, access: admin }),
  'audit:exportCsv': channel({
    db: 'read',
    input: auditFilter,
    /** `head` is the companion file: the chain head at export time, saved beside the CSV. */
    output: z.object({ filename: z.string(), csv: z.string(), head: z.object({ filename: z.string(), text: z.string() }) }),
    access: admin,
  }),
};
