// The audit-log review (admin only): filtered, paged entries, the chain
// check and the CSV export.
import { create } from 'zustand';
import type { AppError, Envelope } from '../../../shared/envelope';
import type { AuditEntry, AuditVerification } from '../../../shared/ipc/audit';
import { call } from '../api/client';
import { currentGeneration, isCurrent, registerDataStore } from './data-stores';

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
  entries: AuditEntry[];
  total: number;
  loaded: boolean;
  loading: boolean;
  error: AppError | null;
  verification: AuditVerification | null;
  verifying: boolean;
  verifyError: AppError | null;

  /** Loads a page; a new filter starts at page 1. Returns the error, if any (e.g. bad dates). */
  load(options?: { filter?: AuditFilterValues; page?: number }): Promise<AppError | null>;
  verify(): Promise<void>;
  exportCsv(): Promise<Envelope<{ filename: string; csv: string }>>;
}

const initial = {
  filter: noAuditFilter,
  page: 1,
  entries: [],
  total: 0,
  loaded: false,
  loading: false,
  error: null,
  verification: null,
  verifying: false,
  verifyError: null,
} satisfies Partial<AuditState>;

let listRequest = 0;

export const useAuditStore = create<AuditState>()((set, get) => ({
  ...initial,

  async load(options = {}) {
    const filter = options.filter ?? get().filter;
    const page = options.filter ? 1 : (options.page ?? get().page);
    const request = ++listRequest;
    const generation = currentGeneration();
    set({ loading: true });
    const result = await call((api) =>
      api.audit.list({ ...filter, limit: auditPageSize, offset: (page - 1) * auditPageSize }),
    );
    if (request !== listRequest || !isCurrent(generation)) return null;
    if (!result.ok) {
      set({ loading: false, error: result.error });
      return result.error;
    }
    set({
      filter,
      page,
      entries: result.value.entries,
      total: result.value.total,
      loaded: true,
      loading: false,
      error: null,
    });
    return null;
  },

  async verify() {
    const generation = currentGeneration();
    set({ verifying: true, verification: null, verifyError: null });
    const result = await call((api) => api.audit.verify({}));
    if (!isCurrent(generation)) return;
    set(
      result.ok
        ? { verifying: false, verification: result.value }
        : { verifying: false, verifyError: result.error },
    );
  },

  async exportCsv() {
    return call((api) => api.audit.exportCsv(get().filter));
  },
}));

registerDataStore(() => {
  listRequest++;
  useAuditStore.setState(initial);
});
