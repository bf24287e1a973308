// The open integrity alarms of the audit log (auth:alerts), through the
// server-data cache (data/): the details for an admin, only the number for
// everyone else. Read after unlock, again on every screen change and every
// half minute (the database check runs in the background for a few seconds
// after unlock); a failed poll keeps what was shown, so the banner does not
// flicker away. An acknowledgement refreshes them (data/write-effects.ts).
import type { Envelope } from '../../../../shared/envelope';
import type { IntegrityAlerts } from '../../../../shared/ipc/audit';
import { useApiQuery } from '../../data/use-api-query';
import { runApi } from '../../data/use-api-mutation';

const pollMs = 30_000;

export function useAuditAlarms() {
  const alarms = useApiQuery('auth:alerts', {}, { refetchInterval: pollMs });
  return { alarms: alarms.data ?? null, refetch: alarms.refetch };
}

/** Marks every alarm up to the newest shown as seen (admin only). */
export async function acknowledgeAlarms(alarms: IntegrityAlerts | null): Promise<Envelope<unknown> | null> {
  const newest = alarms?.alerts.at(-1);
  if (!newest) return null;
  return runApi('audit:acknowledgeAlerts', { upToId: newest.id });
}
