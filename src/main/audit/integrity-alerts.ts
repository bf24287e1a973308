// Integrity alarms live in the audit chain itself, as 'failed' entries of a
// few internal channels: the chain missing its stored head, a gap in the
// locked queue, a damaged database file. They stay open until an admin
// acknowledges them (another entry), so a non-admin's unlock cannot bury one.
import type { IntegrityAlert, IntegrityAlerts } from '../../shared/ipc/audit';
import type { ReadDb } from '../db/handles';
import { entriesOfChannels, lastEntryOfChannel } from './audit-repository';

export const headMismatchChannel = 'audit:headMismatch';
export const lockedQueueChannel = 'audit:lockedQueue';
export const databaseCheckChannel = 'audit:databaseCheck';
/** The router's own entry for this channel is the acknowledgement; its entity id is the last alarm seen. */
const acknowledgedChannel = 'audit:acknowledgeAlerts';
const alertChannels = [headMismatchChannel, lockedQueueChannel, databaseCheckChannel] as const;

function kindOf(channel: string): IntegrityAlert['kind'] {
  if (channel === headMismatchChannel) return 'headMismatch';
  if (channel === lockedQueueChannel) return 'lockedQueue';
  return 'databaseCheck';
}

/** The open alarms: details for an admin, only that there are some for everyone else. */
export async function openAlerts(db: ReadDb, role: string): Promise<IntegrityAlerts> {
  const acknowledged = await lastEntryOfChannel(db, acknowledgedChannel);
  const rows = await entriesOfChannels(db, alertChannels, Number(acknowledged?.entity_id ?? 0));
  const alerts = rows
    .filter((r) => r.outcome === 'failed')
    .map((r) => ({ id: r.id, at: r.at, kind: kindOf(r.channel), details: r.entity_id ?? '' }));
  if (role !== 'admin') return { count: alerts.length, alerts: [] };
  return { count: alerts.length, alerts };
}
