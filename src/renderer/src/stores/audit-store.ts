// The audit-log review (admin only): filtered, paged entries, the chain
// check, the printed head and the comparison with one, and the CSV export.
import { create } from 'zustand';
import type { AppError, Envelope } from '../../../shared/envelope';
import type { AuditEntry, AuditHeadPrint, AuditVerification } from '../../../shared/ipc/audit';
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
  head: AuditHeadPrint | null;
  headLoading: boolean;
  headError: AppError | null;
  /** The check against a pasted printed head (its `anchor` is set). */
  comparison: AuditVerification | null;
  comparing: boolean;
  compareError: AppError | null;

  /** Loads a page; a new filter starts at page 1. Returns the error, if any (e.g. bad dates). */
  load(options?: { filter?: AuditFilterValues; page?: number }): Promise<AppError | null>;
  verify(): Promise<void>;
  /** Fetches the chain head to print ("Skriv ut logghuvud"). */
  loadHead(): Promise<void>;
  /** Checks the chain against a printed head the admin pasted. */
  compare(anchor: string): Promise<void>;
  exportCsv(): Promise<Envelope<{ filename: string; csv: string; head: { filename: string; text: string } }>>;
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
  head: null,
  headLoading: false,
  headError: null,
  comparison: null,
  comparing: false,
  compareError: null,
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

  async loadHead() {
    const generation = currentGeneration();
    set({ headLoading: true, headError: null });
    const result = await call((api) => api.audit.head({}));
    if (!isCurrent(generation)) return;
    set(
      result.ok
        ? { headLoading: false, head: result.value }
        : { headLoading: false, headError: result.error },
    );
  },

  async compare(anchor) {
    const generation = currentGeneration();
    set({ comparing: true, comparison: null, compareError: null });
    const result = await call((api) => api.audit.verify({ anchor }));
    if (!isCurrent(generation)) return;
    set(
      result.ok
        ? { comparing: false, comparison: result.value }
        : { comparing: false, compareError: result.error },
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
