// The in-app router: which screen the shell shows. No URLs, no history API:
// the app never navigates its window.
import { create } from 'zustand';
import { registerDataStore } from './data-stores';

export const screens = [
  'overview',
  'agreements',
  'organisations',
  'supportGroups',
  'children',
  'reports',
  'admin',
] as const;
export type Screen = (typeof screens)[number];

interface NavigationState {
  screen: Screen;
  go(screen: Screen): void;
}

export const useNavigationStore = create<NavigationState>()((set) => ({
  screen: 'overview',
  go: (screen) => set({ screen }),
}));

registerDataStore(() => useNavigationStore.setState({ screen: 'overview' }));
