// The report screen's UI state: the request being edited, the request of the
// report shown and the files saved. The agreements to choose from and the
// report itself are server data, in the cache (use-reports.ts).
import { create } from 'zustand';
import type { ReportKind } from '../../../shared/ipc/reports';
import { registerDataStore } from './data-stores';

export type PeriodKind = 'year' | 'halfYear' | 'custom';

/** What the form holds: text as typed, so nothing is lost on an error. */
export interface ReportDraft {
  scope: 'all' | number;
  kind: ReportKind;
  periodKind: PeriodKind;
  year: string;
  half: '1' | '2';
  from: string;
  to: string;
}

interface ReportsState {
  draft: ReportDraft;
  /** The request of the report shown (what the user asked for with "Visa rapport"); null before. */
  shown: ReturnType<typeof requestOf> | null;
  /** Files saved in this visit. */
  saved: string[];
  edit(patch: Partial<ReportDraft>): void;
  show(): void;
  exported(path: string): void;
}

const lastYear = () => String(new Date().getFullYear() - 1);
const initialDraft = (): ReportDraft => ({
  scope: 'all',
  kind: 'annual',
  periodKind: 'year',
  year: lastYear(),
  half: '1',
  from: '',
  to: '',
});

/** The request as main expects it; numbers the user typed stay text until here. */
export function requestOf(draft: ReportDraft) {
  const scope =
    draft.scope === 'all'
      ? ({ kind: 'all' } as const)
      : ({ kind: 'agreement', agreementId: draft.scope } as const);
  const year = Number(draft.year);
  const period =
    draft.periodKind === 'year'
      ? ({ kind: 'year', year } as const)
      : draft.periodKind === 'halfYear'
        ? ({ kind: 'halfYear', year, half: draft.half === '1' ? 1 : 2 } as const)
        : ({ kind: 'custom', from: draft.from, to: draft.to } as const);
  return { scope, period, kind: draft.kind };
}

const initial = () => ({ draft: initialDraft(), shown: null, saved: [] });

export const useReportsStore = create<ReportsState>()((set, get) => ({
  ...initial(),
  edit: (patch) => set((s) => ({ draft: { ...s.draft, ...patch } })),
  show: () => set({ shown: requestOf(get().draft) }),
  exported: (path) => set((s) => ({ saved: [path, ...s.saved] })),
}));

registerDataStore(() => useReportsStore.setState(initial()));
