// The children register as the renderer sees it: the searched list, the child
// loaded for its page or form (which one is the route's, see
// navigation/routes.ts), and protected details shown after an explicit "Visa"
// (kept only while that child is open).
import { create } from 'zustand';
import type { AppError, Envelope } from '../../../shared/envelope';
import type {
  Child,
  ChildInput,
  ChildSummary,
  ConcernReport,
  ProtectedDetails,
} from '../../../shared/ipc/children';
import { call } from '../api/client';
import { currentGeneration, isCurrent, registerDataStore } from './data-stores';

interface ChildrenState {
  query: string;
  district: string;
  districts: string[];
  items: ChildSummary[];
  loaded: boolean;
  listLoading: boolean;
  listError: AppError | null;

  current: Child | null;
  currentLoading: boolean;
  currentError: AppError | null;
  revealed: ProtectedDetails | null;

  setQuery(query: string): void;
  setDistrict(district: string): void;
  load(): Promise<void>;
  loadDistricts(): Promise<void>;
  /** Loads the child a route opens (kept on screen while the same one is fetched afresh). */
  open(id: number): Promise<void>;
  /** Drops the loaded child (erased or deleted) and reloads the list. */
  close(): void;
  /** Saves the loaded child (`editing`) or registers a new one. */
  save(data: ChildInput, editing: boolean): Promise<Envelope<Child>>;
  reveal(): Promise<Envelope<ProtectedDetails>>;
  /** Lifts protected identity with a reason, then reloads the child (an audited read). */
  liftProtection(reason: string): Promise<Envelope<{ id: number; version: number }>>;
  hideRevealed(): void;
  addConcernReport(input: {
    reportedOn: string;
    socialServices: string;
    reportedBy: string;
  }): Promise<Envelope<ConcernReport>>;
}

const initial = {
  query: '',
  district: '',
  districts: [],
  items: [],
  loaded: false,
  listLoading: false,
  listError: null,
  current: null,
  currentLoading: false,
  currentError: null,
  revealed: null,
} satisfies Partial<ChildrenState>;

let listRequest = 0;
let openRequest = 0;

export const useChildrenStore = create<ChildrenState>()((set, get) => ({
  ...initial,

  setQuery: (query) => set({ query }),
  setDistrict: (district) => set({ district }),

  async load() {
    const request = ++listRequest;
    const { query, district } = get();
    set({ listLoading: true });
    const result = await call((api) => api.children.list({ query, district }));
    if (request !== listRequest) return;
    set(
      result.ok
        ? { items: result.value, loaded: true, listLoading: false, listError: null }
        : { listLoading: false, listError: result.error },
    );
  },

  async loadDistricts() {
    const generation = currentGeneration();
    const result = await call((api) => api.children.districts({}));
    if (result.ok && isCurrent(generation)) set({ districts: result.value });
  },

  async open(id) {
    const request = ++openRequest;
    const same = get().current?.id === id;
    set({
      current: same ? get().current : null,
      currentLoading: true,
      currentError: null,
      revealed: null,
    });
    const result = await call((api) => api.children.get({ id }));
    if (request !== openRequest) return;
    set(
      result.ok
        ? { current: result.value, currentLoading: false }
        : { currentLoading: false, currentError: result.error },
    );
  },

  close() {
    openRequest++;
    set({ current: null, currentLoading: false, currentError: null, revealed: null });
    void get().load();
  },

  async save(data, editing) {
    const generation = currentGeneration();
    const current = editing ? get().current : null;
    const result = current
      ? await call((api) => api.children.update({ id: current.id, version: current.version, data }))
      : await call((api) => api.children.create(data));
    if (result.ok && isCurrent(generation)) {
      openRequest++;
      set({ current: result.value, revealed: null });
      void get().loadDistricts();
    }
    return result;
  },

  async reveal() {
    const current = get().current;
    if (!current) return { ok: false, error: { code: 'notFound', message: '' } };
    const generation = currentGeneration();
    const result = await call((api) => api.children.reveal({ id: current.id }));
    if (result.ok && isCurrent(generation) && get().current?.id === current.id)
      set({ revealed: result.value });
    return result;
  },

  hideRevealed: () => set({ revealed: null }),

  async liftProtection(reason) {
    const current = get().current;
    if (!current) return { ok: false, error: { code: 'notFound', message: '' } };
    const result = await call((api) =>
      api.children.liftProtection({ id: current.id, version: current.version, reason }),
    );
    if (result.ok) void get().open(current.id);
    return result;
  },

  async addConcernReport(input) {
    const current = get().current;
    if (!current) return { ok: false, error: { code: 'notFound', message: '' } };
    const result = await call((api) => api.children.addConcernReport({ childId: current.id, ...input }));
    if (result.ok) void get().open(current.id);
    return result;
  },
}));

registerDataStore(() => {
  listRequest++;
  openRequest++;
  useChildrenStore.setState(initial);
});
