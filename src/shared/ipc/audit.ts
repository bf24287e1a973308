import { z } from 'zod';
import { channel } from './channel';
import { empty, id, isoDate } from './common';

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

export const auditVerification = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBadId: z.number().int().nullable(),
  problem: z.enum(['edited', 'inserted', 'deleted']).nullable(),
});
export type AuditVerification = z.infer<typeof auditVerification>;

const admin = { kind: 'session', roles: ['admin'] } as const;

export const auditContract = {
  'audit:list': channel({
    db: 'read',
    input: auditFilter.extend({ limit: z.number().int().min(1).max(1000).default(200), offset: z.number().int().min(0).default(0) }),
    output: z.object({ entries: z.array(auditEntry), total: z.number().int() }),
    access: admin,
  }),
  'audit:verify': channel({ db: 'read', input: empty, output: auditVerification, access: admin }),
  'audit:exportCsv': channel({
    db: 'read',
    input: auditFilter,
    output: z.object({ filename: z.string(), csv: z.string() }),
    access: admin,
  }),
};
