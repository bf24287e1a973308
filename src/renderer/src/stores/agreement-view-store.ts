// How the user looks at agreements (UI state): the list's filter, which
// agreement is open (the route's) and the date it is shown as in force on.
// The agreements themselves are server data, in the cache (data/). A search
// can hold a name, so a lock empties this with the data.
import { create } from 'zustand';
import type { AgreementStatus } from '../../../shared/agreements/model';
import { registerDataStore } from './data-stores';

export interface AgreementFilterValues {
  query: string;
  statuses: AgreementStatus[];
  organisationId: number | null;
  periodFrom: string;
  periodTo: string;
}

interface AgreementView {
  filter: AgreementFilterValues;
  /** The agreement the route opens; null on the list. */
  openId: number | null;
  /** The open agreement is shown as in force on this date (null: today, with every change possible). */
  asOf: string | null;
  setFilter(patch: Partial<AgreementFilterValues>): void;
  /** Opens agreement `id` as of today (another agreement, or the same one again from elsewhere). */
  open(id: number | null): void;
  setAsOf(date: string | null): void;
}

const emptyFilter: AgreementFilterValues = {
  query: '',
  statuses: [],
  organisationId: null,
  periodFrom: '',
  periodTo: '',
};

export const useAgreementView = create<AgreementView>()((set, get) => ({
  filter: emptyFilter,
  openId: null,
  asOf: null,
  setFilter: (patch) => set({ filter: { ...get().filter, ...patch } }),
  open: (id) => set({ openId: id, asOf: null }),
  setAsOf: (asOf) => set({ asOf }),
}));

registerDataStore(() => useAgreementView.setState({ filter: emptyFilter, openId: null, asOf: null }));
