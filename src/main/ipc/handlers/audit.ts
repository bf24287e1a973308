import { handler, type HandlerContext } from '../handler-def';
import { auditHeadPrint, exportAuditCsv, listAudit, verifyAudit } from '../../audit/audit-service';
import type { ReadDb } from '../../db/handles';

const localDate = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

const installationInfo = (ctx: HandlerContext<ReadDb>) => ({
  installationId: ctx.installation.installationId ?? '',
  organisationName: ctx.installation.status().organisationName ?? '',
  now: ctx.clock.now().toISOString(),
});

export const auditHandlers = {
  'audit:list': handler('audit:list', {
    run: (ctx, input) => listAudit(ctx.db, input, { limit: input.limit, offset: input.offset }),
    audit: { entityType: 'auditLog' },
  }),
  'audit:verify': handler('audit:verify', {
    run: (ctx, input) => verifyAudit(ctx.db, input.anchor),
    audit: { entityType: 'auditLog' },
  }),
  'audit:head': handler('audit:head', {
    run: (ctx) => auditHeadPrint(ctx.db, installationInfo(ctx)),
    audit: { entityType: 'auditLog', entityId: (_input, output) => output?.lastId },
  }),
  // The audit entry is the acknowledgement (integrity-alerts.ts reads it back).
  'audit:acknowledgeAlerts': handler('audit:acknowledgeAlerts', {
    run: async () => null,
    audit: { entityType: 'auditLog', entityId: (input) => input.upToId },
  }),
  'audit:exportCsv': handler('audit:exportCsv', {
    run: (ctx, input) => exportAuditCsv(ctx.db, input, localDate(ctx.clock.now()), installationInfo(ctx)),
    audit: { entityType: 'auditLog' },
  }),
};
