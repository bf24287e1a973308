// The report screen's state: the agreements to choose from, the request being
// edited, the report shown, and exports. A report holds no personal data, but
// it is still cleared on lock like everything read from main.
import { create } from 'zustand';
import type { AppError, Envelope } from '../../../shared/envelope';
import type { ExportFormat, Report, ReportAgreement, ReportKind } from '../../../shared/ipc/reports';
import { call } from '../api/client';
import { currentGeneration, isCurrent, registerDataStore } from './data-stores';

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
  agreements: ReportAgreement[];
  agreementsLoaded: boolean;
  draft: ReportDraft;
  report: Report | null;
  loading: boolean;
  error: AppError | null;
  saved: string[];
  loadAgreements(): Promise<void>;
  edit(patch: Partial<ReportDraft>): void;
  show(): Promise<void>;
  exportTo(format: ExportFormat, folder: string): Promise<Envelope<{ path: string; fileName: string }>>;
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

let request = 0;

/** What the store holds before anything is loaded, and again after a lock. */
const initial = (): Pick<
  ReportsState,
  'agreements' | 'agreementsLoaded' | 'draft' | 'report' | 'loading' | 'error' | 'saved'
> => ({
  agreements: [],
  agreementsLoaded: false,
  draft: initialDraft(),
  report: null,
  loading: false,
  error: null,
  saved: [],
});

export const useReportsStore = create<ReportsState>()((set, get) => ({
  ...initial(),
  async loadAgreements() {
    const generation = currentGeneration();
    const result = await call((api) => api.reports.agreements({}));
    if (!isCurrent(generation)) return;
    set(
      result.ok
        ? { agreements: result.value, agreementsLoaded: true }
        : { error: result.error, agreementsLoaded: true },
    );
  },
  edit: (patch) => set((s) => ({ draft: { ...s.draft, ...patch } })),
  async show() {
    const mine = ++request;
    const generation = currentGeneration();
    set({ loading: true, error: null });
    const result = await call((api) => api.reports.get(requestOf(get().draft)));
    if (mine !== request || !isCurrent(generation)) return;
    set(result.ok ? { report: result.value, loading: false } : { error: result.error, loading: false });
  },
  async exportTo(format, folder) {
    const result = await call((api) => api.reports.export({ ...requestOf(get().draft), format, folder }));
    if (result.ok) set((s) => ({ saved: [result.value.path, ...s.saved] }));
    return result;
  },
}));

registerDataStore(() => {
  request++;
  useReportsStore.setState(initial());
});
