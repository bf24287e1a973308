// Översikt: what is overdue and what falls due within 90 days, from main.
import { create } from 'zustand';
import type { AppError } from '../../../shared/envelope';
import type { Dashboard } from '../../../shared/ipc/agreements';
import { call } from '../api/client';
import { registerDataStore } from './data-stores';

interface DashboardState {
  dashboard: Dashboard | null;
  loading: boolean;
  error: AppError | null;
  load(): Promise<void>;
}

let request = 0;

export const useAgreementsDashboardStore = create<DashboardState>()((set) => ({
  dashboard: null,
  loading: false,
  error: null,
  async load() {
    const mine = ++request;
    set({ loading: true });
    const result = await call((api) => api.agreements.dashboard({ horizonDays: 90 }));
    if (mine !== request) return;
    set(
      result.ok
        ? { dashboard: result.value, loading: false, error: null }
        : { loading: false, error: result.error },
    );
  },
}));

registerDataStore(() => {
  request++;
  useAgreementsDashboardStore.setState({ dashboard: null, loading: false, error: null });
});
