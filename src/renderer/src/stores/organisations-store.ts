// The organisation register as the renderer sees it: the searched list, and
// the organisation loaded for its form (which one is the route's, see
// navigation/routes.ts).
import { create } from 'zustand';
import type { AppError, Envelope } from '../../../shared/envelope';
import type { Organisation, OrganisationInput, OrganisationSummary } from '../../../shared/ipc/organisations';
import { call } from '../api/client';
import { currentGeneration, isCurrent, registerDataStore } from './data-stores';

/** The register screen shows at most this many (by name); a search finds the rest. */
export const organisationListLimit = 500;

interface OrganisationsState {
  query: string;
  items: OrganisationSummary[];
  /** The query the shown items answer; null before the first answer. */
  loadedQuery: string | null;
  listLoading: boolean;
  listError: AppError | null;

  current: Organisation | null;
  currentLoading: boolean;
  currentError: AppError | null;

  setQuery(query: string): void;
  load(query?: string): Promise<void>;
  /** Loads the organisation a route opens (kept on screen while the same one is fetched afresh). */
  open(id: number): Promise<void>;
  /** Drops the loaded organisation (after it was deleted). */
  close(): void;
  /** Updates the loaded organisation (`editing`) or creates one; on success the list is reloaded. */
  save(data: OrganisationInput, editing: boolean): Promise<Envelope<Organisation>>;
}

const initial = {
  query: '',
  items: [],
  loadedQuery: null,
  listLoading: false,
  listError: null,
  current: null,
  currentLoading: false,
  currentError: null,
} satisfies Partial<OrganisationsState>;

/** Swedish alphabetical order (å, ä, ö last; "Grupp 2" before "Grupp 10"). */
const swedishNames = new Intl.Collator('sv', { numeric: true });
export const byName = (a: { name: string }, b: { name: string }) => swedishNames.compare(a.name, b.name);

// Answers can overtake each other while the user types; only the latest
// counts, and none that arrives after a lock.
let listRequest = 0;
let openRequest = 0;

export const useOrganisationsStore = create<OrganisationsState>()((set, get) => {
  return {
    ...initial,

    setQuery(query) {
      set({ query });
    },

    async load(query = get().query) {
      const request = ++listRequest;
      set({ listLoading: true });
      const result = await call((api) => api.organisations.list({ query, limit: organisationListLimit }));
      if (request !== listRequest) return;
      if (result.ok) {
        set({
          items: result.value.toSorted(byName),
          loadedQuery: query,
          listLoading: false,
          listError: null,
        });
      } else {
        set({ listLoading: false, listError: result.error });
      }
    },

    async open(id) {
      const request = ++openRequest;
      const same = get().current?.id === id;
      set({ current: same ? get().current : null, currentLoading: true, currentError: null });
      const result = await call((api) => api.organisations.get({ id }));
      if (request !== openRequest) return;
      set(
        result.ok
          ? { current: result.value, currentLoading: false }
          : { currentLoading: false, currentError: result.error },
      );
    },

    close() {
      openRequest++;
      set({ current: null, currentLoading: false, currentError: null });
    },

    async save(data, editing) {
      const generation = currentGeneration();
      const current = editing ? get().current : null;
      const result = current
        ? await call((api) => api.organisations.update({ id: current.id, version: current.version, data }))
        : await call((api) => api.organisations.create(data));
      if (result.ok && isCurrent(generation)) {
        set({ current: result.value });
        void get().load();
      }
      return result;
    },
  };
});

registerDataStore(() => {
  listRequest++;
  openRequest++;
  useOrganisationsStore.setState(initial);
});
