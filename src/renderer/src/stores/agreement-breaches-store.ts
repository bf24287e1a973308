// What went wrong in the open agreement: its deficiencies (brister) with their
// steps, the parties' notifications of changed circumstances, disputes
// (tvister) and the repayments settled against work done. Loaded per
// agreement; every change returns main's envelope so forms can show field
// errors, and on success the lists are replaced by main's answer. A failed
// dialogue ends the agreement, so the agreement itself is reloaded then.
import { create } from 'zustand';
import type { Channel, ChannelInput } from '../../../shared/ipc/contract';
import type {
  Deficiency,
  Dispute,
  Repayment,
  RepaymentProposal,
} from '../../../shared/ipc/agreements/deficiencies';
import type { CircumstanceNotice } from '../../../shared/ipc/agreements/deficiency-process';
import type { AppError, Envelope } from '../../../shared/envelope';
import { call } from '../api/client';
import { useAgreementsStore } from './agreements-store';
import { currentGeneration, isCurrent, registerDataStore } from './data-stores';

/** A channel's input without the agreement, which the store adds. */
type Input<C extends Channel> = Omit<ChannelInput<C>, 'agreementId'>;

interface BreachesState {
  agreementId: number | null;
  deficiencies: Deficiency[];
  /** The parties' notifications of changed circumstances. */
  notices: CircumstanceNotice[];
  disputes: Dispute[];
  endsOnFailedDialogue: boolean;
  repayments: Repayment[];
  loading: boolean;
  error: AppError | null;

  load(agreementId: number): Promise<void>;
  recordDeficiency(input: Input<'agreements:recordDeficiency'>): Promise<Envelope<unknown>>;
  setOutcome(input: Input<'agreements:setDeficiencyOutcome'>): Promise<Envelope<unknown>>;
  recordStep(input: Input<'agreements:recordDeficiencyStep'>): Promise<Envelope<unknown>>;
  recordNotice(input: Input<'agreements:recordCircumstanceNotice'>): Promise<Envelope<unknown>>;
  closeNotice(input: Input<'agreements:closeCircumstanceNotice'>): Promise<Envelope<unknown>>;
  openDispute(input: Input<'agreements:openDispute'>): Promise<Envelope<unknown>>;
  closeDispute(input: Input<'agreements:closeDispute'>): Promise<Envelope<unknown>>;
  propose(asOf: string): Promise<Envelope<RepaymentProposal>>;
  recordRepayment(input: Input<'agreements:recordRepayment'>): Promise<Envelope<unknown>>;
}

const initial = {
  agreementId: null,
  deficiencies: [] as Deficiency[],
  notices: [] as CircumstanceNotice[],
  disputes: [] as Dispute[],
  endsOnFailedDialogue: false,
  repayments: [] as Repayment[],
  loading: false,
  error: null,
} satisfies Partial<BreachesState>;

const noAgreement: AppError = { code: 'notFound', message: '' };

export const useBreachesStore = create<BreachesState>()((set, get) => {
  /** Runs a change for the loaded agreement and keeps main's answer in `apply`. */
  async function change<T>(
    run: (agreementId: number) => Promise<Envelope<T>>,
    apply: (value: T) => Partial<BreachesState>,
  ): Promise<Envelope<T>> {
    const agreementId = get().agreementId;
    if (agreementId === null) return { ok: false, error: noAgreement };
    const generation = currentGeneration();
    const result = await run(agreementId);
    if (result.ok && isCurrent(generation) && get().agreementId === agreementId) set(apply(result.value));
    return result;
  }

  return {
    ...initial,

    async load(agreementId) {
      const generation = currentGeneration();
      set({ ...initial, agreementId, loading: true });
      const [deficiencies, notices, disputes, repayments] = await Promise.all([
        call((api) => api.agreements.deficiencies({ agreementId })),
        call((api) => api.agreements.circumstanceNotices({ agreementId })),
        call((api) => api.agreements.disputes({ agreementId })),
        call((api) => api.agreements.repayments({ agreementId })),
      ]);
      if (!isCurrent(generation) || get().agreementId !== agreementId) return;
      const failed = [deficiencies, notices, disputes, repayments].find((r) => !r.ok);
      set({
        loading: false,
        error: failed && !failed.ok ? failed.error : null,
        deficiencies: deficiencies.ok ? deficiencies.value : [],
        notices: notices.ok ? notices.value : [],
        disputes: disputes.ok ? disputes.value.disputes : [],
        endsOnFailedDialogue: disputes.ok ? disputes.value.endsOnFailedDialogue : false,
        repayments: repayments.ok ? repayments.value : [],
      });
    },

    async recordDeficiency(input) {
      const result = await change(
        (agreementId) => call((api) => api.agreements.recordDeficiency({ ...input, agreementId })),
        (deficiencies) => ({ deficiencies }),
      );
      // A deficiency recorded from a notification closes it: read the notifications again.
      const agreementId = get().agreementId;
      if (result.ok && input.noticeId && agreementId !== null) {
        const notices = await call((api) => api.agreements.circumstanceNotices({ agreementId }));
        if (notices.ok && get().agreementId === agreementId) set({ notices: notices.value });
      }
      return result;
    },
    async recordStep(input) {
      const result = await change(
        (agreementId) => call((api) => api.agreements.recordDeficiencyStep({ ...input, agreementId })),
        (deficiencies) => ({ deficiencies }),
      );
      // The action plan's and follow-up's deadlines are in the agreement's calendar.
      if (result.ok) await useAgreementsStore.getState().reload();
      return result;
    },
    recordNotice: (input) =>
      change(
        (agreementId) => call((api) => api.agreements.recordCircumstanceNotice({ ...input, agreementId })),
        (notices) => ({ notices }),
      ),
    closeNotice: (input) =>
      change(
        (agreementId) => call((api) => api.agreements.closeCircumstanceNotice({ ...input, agreementId })),
        (notices) => ({ notices }),
      ),
    setOutcome: (input) =>
      change(
        (agreementId) => call((api) => api.agreements.setDeficiencyOutcome({ ...input, agreementId })),
        (deficiencies) => ({ deficiencies }),
      ),
    openDispute: (input) =>
      change(
        (agreementId) => call((api) => api.agreements.openDispute({ ...input, agreementId })),
        (view) => ({ disputes: view.disputes }),
      ),
    async closeDispute(input) {
      const result = await change(
        (agreementId) => call((api) => api.agreements.closeDispute({ ...input, agreementId })),
        (view) => ({ disputes: view.disputes }),
      );
      if (result.ok && input.outcome === 'dialogueFailed') await useAgreementsStore.getState().reload();
      return result;
    },
    async propose(asOf) {
      const agreementId = get().agreementId;
      if (agreementId === null) return { ok: false, error: noAgreement };
      return call((api) => api.agreements.proposeRepayment({ agreementId, asOf }));
    },
    recordRepayment: (input) =>
      change(
        (agreementId) => call((api) => api.agreements.recordRepayment({ ...input, agreementId })),
        (repayments) => ({ repayments }),
      ),
  };
});

registerDataStore(() => useBreachesStore.setState(initial));
