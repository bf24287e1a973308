// What the user typed or chose above a list (a search, a district, a status):
// UI state, kept while the user moves between a list and its records. A
// search can hold a name, so a lock empties it with the data.
import { create } from 'zustand';
import type { GroupStatus } from '../../../shared/support-groups/vocabulary';
import { registerDataStore } from './data-stores';

interface ListFilters {
  childQuery: string;
  childDistrict: string;
  groupStatus: GroupStatus | null;
  programmeQuery: string;
  organisationQuery: string;
  set(patch: Partial<Omit<ListFilters, 'set'>>): void;
}

const initial = {
  childQuery: '',
  childDistrict: '',
  groupStatus: null,
  programmeQuery: '',
  organisationQuery: '',
} as const;

export const useListFilters = create<ListFilters>()((set) => ({
  ...initial,
  set: (patch) => set(patch),
}));

registerDataStore(() => useListFilters.setState(initial));
