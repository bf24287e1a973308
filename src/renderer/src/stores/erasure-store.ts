// Gallring as the renderer sees it: groups awaiting erasure, the chosen
// ones, the hand-back packages made, and the erasure result. The card on
// Översikt reads only the counts (erasure:summary, a few bytes at any scale).
import { create } from 'zustand';
import type { AppError, Envelope } from '../../../shared/envelope';
import type { ErasureOverview, ErasureSummary, HandBackPackage } from '../../../shared/ipc/erasure';
import { call } from '../api/client';
import { currentGeneration, isCurrent, registerDataStore } from './data-stores';

export interface EraseOutcome {
  groups: number;
  enrolments: number;
  childrenDeleted: number;
  childrenKept: number;
  purged: boolean;
}

interface ErasureState {
  overview: ErasureOverview | null;
  loading: boolean;
  error: AppError | null;
  summary: ErasureSummary | null;
  summaryError: AppError | null;
  loadSummary(): Promise<void>;
  selected: number[];
  packages: HandBackPackage[];
  outcome: EraseOutcome | null;
  load(): Promise<void>;
  toggle(groupId: number, on: boolean): void;
  suggestPassphrase(): Promise<Envelope<{ passphrase: string }>>;
  handBack(folder: string, passphrase: string): Promise<Envelope<{ packages: HandBackPackage[] }>>;
  erase(): Promise<Envelope<EraseOutcome>>;
}

let request = 0;
let summaryRequest = 0;

const initial = {
  overview: null,
  loading: false,
  error: null,
  summary: null,
  summaryError: null,
  selected: [],
  packages: [],
  outcome: null,
} satisfies Partial<ErasureState>;

export const useErasureStore = create<ErasureState>()((set, get) => ({
  ...initial,
  async loadSummary() {
    const mine = ++summaryRequest;
    const generation = currentGeneration();
    const result = await call((api) => api.erasure.summary({}));
    if (mine !== summaryRequest || !isCurrent(generation)) return;
    set(result.ok ? { summary: result.value, summaryError: null } : { summaryError: result.error });
  },
  async load() {
    const mine = ++request;
    const generation = currentGeneration();
    set({ loading: true });
    const result = await call((api) => api.erasure.overview({}));
    if (mine !== request || !isCurrent(generation)) return;
    if (!result.ok) return set({ loading: false, error: result.error });
    const present = new Set(result.value.groups.map((g) => g.groupId));
    set((s) => ({
      overview: result.value,
      loading: false,
      error: null,
      selected: s.selected.filter((id) => present.has(id)),
    }));
  },
  toggle: (groupId, on) =>
    set((s) => ({
      selected: on ? [...new Set([...s.selected, groupId])] : s.selected.filter((id) => id !== groupId),
      outcome: null,
    })),
  suggestPassphrase: () => call((api) => api.erasure.suggestPassphrase({})),
  async handBack(folder, passphrase) {
    const result = await call((api) =>
      api.erasure.handBack({ groupIds: get().selected, folder, passphrase }),
    );
    if (result.ok) {
      set((s) => ({ packages: [...result.value.packages, ...s.packages] }));
      await Promise.all([get().load(), get().loadSummary()]);
    }
    return result;
  },
  async erase() {
    const result = await call((api) => api.erasure.erase({ groupIds: get().selected, confirmed: true }));
    if (result.ok) {
      set({ outcome: result.value, selected: [], packages: [] });
      await Promise.all([get().load(), get().loadSummary()]);
    }
    return result;
  },
}));

registerDataStore(() => {
  request++;
  summaryRequest++;
  useErasureStore.setState(initial);
});
