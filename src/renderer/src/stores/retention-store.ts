// The retention rules beside gallring as the renderer sees them: the counts on
// Översikt (retention:summary), erasing what a rule has made due, and the
// rules' days in Administration. An erasure also drops the children lists, so
// no erased child stays on screen.
import { create } from 'zustand';
import type { AppError, Envelope } from '../../../shared/envelope';
import type { RetentionRule, RetentionSettings } from '../../../shared/erasure/retention-rules';
import type { RetentionSummary } from '../../../shared/ipc/retention';
import { call } from '../api/client';
import { useChildrenStore } from './children-store';
import { currentGeneration, isCurrent, registerDataStore } from './data-stores';

interface RetentionState {
  summary: RetentionSummary | null;
  summaryError: AppError | null;
  settings: RetentionSettings | null;
  settingsError: AppError | null;
  loadSummary(): Promise<void>;
  erase(rule: RetentionRule): Promise<Envelope<{ enrolments: number; children: number; purged: boolean }>>;
  loadSettings(): Promise<void>;
  updateSettings(settings: RetentionSettings): Promise<Envelope<RetentionSettings>>;
}

const initial = {
  summary: null,
  summaryError: null,
  settings: null,
  settingsError: null,
} satisfies Partial<RetentionState>;
let request = 0;

export const useRetentionStore = create<RetentionState>()((set, get) => ({
  ...initial,
  async loadSummary() {
    const mine = ++request;
    const generation = currentGeneration();
    const result = await call((api) => api.retention.summary({}));
    if (mine !== request || !isCurrent(generation)) return;
    set(result.ok ? { summary: result.value, summaryError: null } : { summaryError: result.error });
  },
  async erase(rule) {
    const result = await call((api) => api.retention.erase({ rule, confirmed: true }));
    if (result.ok) {
      useChildrenStore.getState().close();
      await get().loadSummary();
    }
    return result;
  },
  async loadSettings() {
    const generation = currentGeneration();
    const result = await call((api) => api.retention.settings({}));
    if (!isCurrent(generation)) return;
    set(result.ok ? { settings: result.value, settingsError: null } : { settingsError: result.error });
  },
  async updateSettings(settings) {
    const result = await call((api) => api.retention.updateSettings(settings));
    if (result.ok) set({ settings: result.value });
    return result;
  },
}));

registerDataStore(() => {
  request++;
  useRetentionStore.setState(initial);
});
