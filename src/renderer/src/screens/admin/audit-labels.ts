// Swedish (or English) names for what the audit log stores as codes.
import type { AuditEntry } from '../../../../shared/ipc/audit';
import { isUiKey, type Translate } from '../../i18n/translate';

export const auditEntityTypes = ['organisation', 'user', 'settings', 'auditLog', 'installation', 'backup'] as const;

export function channelLabel(channel: string, t: Translate): string {
  const key = `channel.${channel}`;
  return isUiKey(key) ? t(key) : channel;
}

export function entityLabel(entityType: string | null, t: Translate): string {
  if (entityType === null) return '–';
  const key = `entity.${entityType}`;
  return isUiKey(key) ? t(key) : entityType;
}

export function roleLabel(role: string | null, t: Translate): string {
  if (role === null) return '–';
  const key = `role.${role}`;
  return isUiKey(key) ? t(key) : role;
}

export const outcomeColor: Record<AuditEntry['outcome'], string> = {
  ok: 'green',
  denied: 'red',
  invalid: 'orange',
  failed: 'red',
};
