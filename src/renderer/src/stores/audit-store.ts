// The audit-log review's UI state (admin only): the filter applied and the
// page shown. The entries are server data, in the cache (screens/admin/use-audit.ts).
import { create } from 'zustand';
import { registerDataStore } from './data-stores';

export interface AuditFilterValues {
  userId: number | null;
  entityType: string | null;
  /** Local calendar dates, YYYY-MM-DD, both inclusive. */
  from: string | null;
  to: string | null;
}

export const auditPageSize = 50;
export const noAuditFilter: AuditFilterValues = { userId: null, entityType: null, from: null, to: null };

interface AuditState {
  filter: AuditFilterValues;
  /** 1-based. */
  page: number;
  /** A new filter starts at page 1. */
  setFilter(filter: AuditFilterValues): void;
  setPage(page: number): void;
}

export const useAuditStore = create<AuditState>()((set) => ({
  filter: noAuditFilter,
  page: 1,
  setFilter: (filter) => set({ filter, page: 1 }),
  setPage: (page) => set({ page }),
}));

registerDataStore(() => useAuditStore.setState({ filter: noAuditFilter, page: 1 }));
