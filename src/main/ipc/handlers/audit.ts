import { handler } from '../handler-def';
import { exportAuditCsv, listAudit, verifyAudit } from '../../audit/audit-service';

const localDate = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

export const auditHandlers = {
  'audit:list': handler('audit:list', {
    run: (ctx, input) => listAudit(ctx.db, input, { limit: input.limit, offset: input.offset }),
    audit: { entityType: 'auditLog' },
  }),
  'audit:verify': handler('audit:verify', { run: (ctx) => verifyAudit(ctx.db), audit: { entityType: 'auditLog' } }),
  'audit:exportCsv': handler('audit:exportCsv', {
    run: (ctx, input) => exportAuditCsv(ctx.db, input, localDate(ctx.clock.now())),
    audit: { entityType: 'auditLog' },
  }),
};
