// The open integrity alarms of the audit log (auth:alerts): the details for an
// admin, only the number for everyone else. Loaded after unlock, again on every
// screen change and every half minute (the database check runs in the
// background for a few seconds after unlock), and after an acknowledgement.
import { create } from 'zustand';
import type { AppError } from '../../../shared/envelope';
import type { IntegrityAlerts } from '../../../shared/ipc/audit';
import { call } from '../api/client';
import { currentGeneration, isCurrent, registerDataStore } from './data-stores';

interface AuditAlarmsState {
  alarms: IntegrityAlerts | null;
  acknowledging: boolean;
  acknowledgeError: AppError | null;
  /** True after this admin acknowledged, until a new alarm arrives. */
  acknowledged: boolean;
  load(): Promise<void>;
  /** Marks every alarm up to the newest shown as seen (admin only). */
  acknowledge(): Promise<boolean>;
}

const initial = {
  alarms: null,
  acknowledging: false,
  acknowledgeError: null,
  acknowledged: false,
} satisfies Partial<AuditAlarmsState>;

let request = 0;

export const useAuditAlarmsStore = create<AuditAlarmsState>()((set, get) => ({
  ...initial,

  async load() {
    const mine = ++request;
    const generation = currentGeneration();
    const result = await call((api) => api.auth.alerts({}));
    if (mine !== request || !isCurrent(generation)) return;
    // A failed poll keeps what was shown: the banner must not flicker away.
    if (!result.ok) return;
    set({ alarms: result.value, acknowledged: get().acknowledged && result.value.count === 0 });
  },

  async acknowledge() {
    const newest = get().alarms?.alerts.at(-1);
    if (!newest) return false;
    const generation = currentGeneration();
    set({ acknowledging: true, acknowledgeError: null });
    const result = await call((api) => api.audit.acknowledgeAlerts({ upToId: newest.id }));
    if (!isCurrent(generation)) return false;
    if (!result.ok) {
      set({ acknowledging: false, acknowledgeError: result.error });
      return false;
    }
    request++;
    set({ acknowledging: false, acknowledged: true });
    await get().load();
    return true;
  },
}));

registerDataStore(() => {
  request++;
  useAuditAlarmsStore.setState(initial);
});
