// Reading the audit log of a test installation (while it is unlocked).
import type { TempApp } from './temp-app';

export function auditRows(app: TempApp) {
  return app.installation.db
    .selectFrom('audit_log')
    .select(['id', 'at', 'user_id', 'role', 'channel', 'entity_type', 'entity_id', 'outcome'])
    .orderBy('id')
    .execute();
}

export async function lastAuditId(app: TempApp): Promise<number> {
  const row = await app.installation.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  return Number(row?.id ?? 0);
}

/** Entries written after `afterId`, without the fields that never vary in a test. */
export async function auditSince(app: TempApp, afterId: number) {
  const rows = await auditRows(app);
  return rows
    .filter((r) => r.id > afterId)
    .map((r) => ({
      userId: r.user_id,
      role: r.role,
      channel: r.channel,
      entityType: r.entity_type,
      entityId: r.entity_id,
      outcome: r.outcome,
    }));
}

/** The one entry setup writes (as `auditSince` shows it): the first admin set up the installation. */
export const setupAuditEntry = {
  userId: 1,
  role: 'admin',
  channel: 'installation:setup',
  entityType: 'installation',
  entityId: null,
  outcome: 'ok',
};
