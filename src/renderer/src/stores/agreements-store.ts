// IOP agreements as the renderer sees them: the searched and filtered list,
// the agreement loaded for its page (with everything main derives; which one
// is open is the route's, see navigation/routes.ts), and what the user does to
// it. Every change returns main's envelope so forms can show
// field errors; on success the open agreement is replaced by main's answer.
import { create } from 'zustand';
import type { AgreementData, AgreementStatus } from '../../../shared/agreements/model';
import type { TransitionRequest } from '../../../shared/agreements/lifecycle';
import type { AppError, Envelope } from '../../../shared/envelope';
import type {
  Agreement,
  AgreementSummary,
  DocumentFormat,
  DocumentKind,
} from '../../../shared/ipc/agreements';
import type { Channel, ChannelInput } from '../../../shared/ipc/contract';
import { call } from '../api/client';
import { currentGeneration, isCurrent, registerDataStore } from './data-stores';

export interface AgreementFilterValues {
  query: string;
  statuses: AgreementStatus[];
  organisationId: number | null;
  periodFrom: string;
  periodTo: string;
}

/** A change of the open agreement's life: the channel's input without the agreement's id and version. */
type AmendmentChange<C extends Channel> = Omit<ChannelInput<C>, 'id' | 'version'>;

interface AgreementsState {
  filter: AgreementFilterValues;
  items: AgreementSummary[];
  total: number;
  loaded: boolean;
  listLoading: boolean;
  listError: AppError | null;

  current: Agreement | null;
  currentLoading: boolean;
  currentError: AppError | null;
  /** The open agreement is shown as in force on this date (null: today, with every change possible). */
  asOf: string | null;

  setFilter(patch: Partial<AgreementFilterValues>): void;
  load(): Promise<void>;
  /** Drops the loaded agreement (after it was deleted). */
  forget(): void;
  /** Loads the agreement a route opens (kept on screen while the same one is fetched afresh). */
  open(id: number): Promise<void>;
  reload(): Promise<void>;
  /** Shows the open agreement as in force on `date` (null: back to today). */
  viewAsOf(date: string | null): Promise<Envelope<Agreement>>;

  createFromTemplate(input: ChannelInput<'agreements:createFromTemplate'>): Promise<Envelope<Agreement>>;
  save(data: AgreementData): Promise<Envelope<Agreement>>;
  transition(request: TransitionRequest): Promise<Envelope<Agreement>>;
  /** One public party's board decision; beslutad when every public party's is in. */
  recordDecision(
    decision: ChannelInput<'agreements:recordDecision'>['decision'],
  ): Promise<Envelope<Agreement>>;
  recordSignature(
    signature: ChannelInput<'agreements:recordSignature'>['signature'],
  ): Promise<Envelope<Agreement>>;
  recordPayment(
    input: Omit<ChannelInput<'agreements:recordPayment'>, 'agreementId'>,
  ): Promise<Envelope<Agreement>>;
  removePayment(paymentId: number): Promise<Envelope<Agreement>>;
  recordFundsConfirmation(
    input: Omit<ChannelInput<'agreements:recordFundsConfirmation'>, 'agreementId'>,
  ): Promise<Envelope<Agreement>>;
  removeFundsConfirmation(year: number): Promise<Envelope<Agreement>>;
  recordMeeting(
    input: Omit<ChannelInput<'agreements:recordMeeting'>, 'agreementId'>,
  ): Promise<Envelope<Agreement>>;
  removeMeeting(meetingId: number): Promise<Envelope<Agreement>>;
  setCompleted(itemKey: string, done: boolean): Promise<Envelope<Agreement>>;
  saveAmendment(input: AmendmentChange<'agreements:saveAmendment'>): Promise<Envelope<Agreement>>;
  deleteAmendment(amendmentId: number): Promise<Envelope<Agreement>>;
  transitionAmendment(input: AmendmentChange<'agreements:transitionAmendment'>): Promise<Envelope<Agreement>>;
  signAmendment(input: AmendmentChange<'agreements:signAmendment'>): Promise<Envelope<Agreement>>;
  giveNotice(notice: ChannelInput<'agreements:giveNotice'>['notice']): Promise<Envelope<Agreement>>;
  withdrawNotice(input: AmendmentChange<'agreements:withdrawNotice'>): Promise<Envelope<Agreement>>;
  recordExtensionDecision(
    input: AmendmentChange<'agreements:recordExtensionDecision'>,
  ): Promise<Envelope<Agreement>>;
  generateDocument(
    document: DocumentKind,
    format: DocumentFormat,
    folder: string,
  ): ReturnType<typeof generate>;
}

const emptyFilter: AgreementFilterValues = {
  query: '',
  statuses: [],
  organisationId: null,
  periodFrom: '',
  periodTo: '',
};
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

const initial = {
  filter: emptyFilter,
  items: [] as AgreementSummary[],
  total: 0,
  loaded: false,
  listLoading: false,
  listError: null,
  current: null,
  currentLoading: false,
  currentError: null,
  asOf: null,
} satisfies Partial<AgreementsState>;

const generate = (id: number, document: DocumentKind, format: DocumentFormat, folder: string) =>
  call((api) => api.agreements.generateDocument({ id, document, format, folder }));

const noAgreement: AppError = { code: 'notFound', message: '' };

let listRequest = 0;
let openRequest = 0;

export const useAgreementsStore = create<AgreementsState>()((set, get) => {
  /** Runs a change of the open agreement and keeps main's answer (unless locked meanwhile). */
  async function change(
    run: (current: Agreement) => Promise<Envelope<Agreement>>,
  ): Promise<Envelope<Agreement>> {
    const current = get().current;
    if (!current) return { ok: false, error: noAgreement };
    const generation = currentGeneration();
    const result = await run(current);
    if (result.ok && isCurrent(generation) && get().current?.id === result.value.id) {
      set({ current: result.value });
      void get().load();
    }
    return result;
  }

  return {
    ...initial,

    setFilter(patch) {
      set({ filter: { ...get().filter, ...patch } });
    },

    async load() {
      const request = ++listRequest;
      const f = get().filter;
      set({ listLoading: true });
      const result = await call((api) =>
        api.agreements.list({
          query: f.query,
          statuses: f.statuses,
          organisationId: f.organisationId,
          // Half-typed dates are left out rather than refused.
          periodFrom: isoDate.test(f.periodFrom) ? f.periodFrom : null,
          periodTo: isoDate.test(f.periodTo) ? f.periodTo : null,
          limit: 500,
        }),
      );
      if (request !== listRequest) return;
      set(
        result.ok
          ? {
              items: result.value.items,
              total: result.value.total,
              loaded: true,
              listLoading: false,
              listError: null,
            }
          : { listLoading: false, listError: result.error },
      );
    },

    forget() {
      openRequest++;
      set({ current: null, currentLoading: false, currentError: null, asOf: null });
    },

    async open(id) {
      const request = ++openRequest;
      // Back to the agreement just shown: it stays on screen while today's version is fetched.
      const same = get().current?.id === id && get().asOf === null;
      set({ current: same ? get().current : null, currentLoading: true, currentError: null, asOf: null });
      const result = await call((api) => api.agreements.get({ id }));
      if (request !== openRequest) return;
      set(
        result.ok
          ? { current: result.value, currentLoading: false }
          : { currentLoading: false, currentError: result.error },
      );
    },

    async reload() {
      const id = get().current?.id;
      if (id === undefined) return;
      const request = ++openRequest;
      const asOf = get().asOf;
      const result = await call((api) => api.agreements.get({ id, ...(asOf ? { asOf } : {}) }));
      if (request !== openRequest) return;
      set(result.ok ? { current: result.value, currentError: null } : { currentError: result.error });
    },

    async viewAsOf(date) {
      const id = get().current?.id;
      if (id === undefined) return { ok: false, error: noAgreement };
      const request = ++openRequest;
      const result = await call((api) => api.agreements.get({ id, ...(date ? { asOf: date } : {}) }));
      if (request === openRequest && result.ok)
        set({ current: result.value, currentError: null, asOf: date });
      return result;
    },

    async createFromTemplate(input) {
      const generation = currentGeneration();
      const result = await call((api) => api.agreements.createFromTemplate(input));
      if (result.ok && isCurrent(generation)) {
        openRequest++;
        set({
          current: result.value,
          currentLoading: false,
          currentError: null,
        });
        void get().load();
      }
      return result;
    },

    save: (data) =>
      change((a) => call((api) => api.agreements.update({ id: a.id, version: a.version, data }))),
    transition: (request) =>
      change((a) => call((api) => api.agreements.transition({ id: a.id, version: a.version, request }))),
    recordDecision: (decision) =>
      change((a) => call((api) => api.agreements.recordDecision({ id: a.id, version: a.version, decision }))),
    recordSignature: (signature) =>
      change((a) =>
        call((api) => api.agreements.recordSignature({ id: a.id, version: a.version, signature })),
      ),
    recordPayment: (input) =>
      change((a) => call((api) => api.agreements.recordPayment({ ...input, agreementId: a.id }))),
    removePayment: (paymentId) =>
      change((a) => call((api) => api.agreements.removePayment({ agreementId: a.id, paymentId }))),
    recordFundsConfirmation: (input) =>
      change((a) => call((api) => api.agreements.recordFundsConfirmation({ ...input, agreementId: a.id }))),
    removeFundsConfirmation: (year) =>
      change((a) => call((api) => api.agreements.removeFundsConfirmation({ agreementId: a.id, year }))),
    recordMeeting: (input) =>
      change((a) => call((api) => api.agreements.recordMeeting({ ...input, agreementId: a.id }))),
    removeMeeting: (meetingId) =>
      change((a) => call((api) => api.agreements.removeMeeting({ agreementId: a.id, meetingId }))),
    setCompleted: (itemKey, done) =>
      change((a) => call((api) => api.agreements.setCompleted({ agreementId: a.id, itemKey, done }))),
    saveAmendment: (input) =>
      change((a) => call((api) => api.agreements.saveAmendment({ ...input, id: a.id, version: a.version }))),
    deleteAmendment: (amendmentId) =>
      change((a) =>
        call((api) => api.agreements.deleteAmendment({ id: a.id, version: a.version, amendmentId })),
      ),
    transitionAmendment: (input) =>
      change((a) =>
        call((api) => api.agreements.transitionAmendment({ ...input, id: a.id, version: a.version })),
      ),
    signAmendment: (input) =>
      change((a) => call((api) => api.agreements.signAmendment({ ...input, id: a.id, version: a.version }))),
    giveNotice: (notice) =>
      change((a) =>
        call((api) => api.agreements.giveNotice({ id: a.id, version: a.version, notice, confirmed: true })),
      ),
    withdrawNotice: (input) =>
      change((a) => call((api) => api.agreements.withdrawNotice({ ...input, id: a.id, version: a.version }))),
    recordExtensionDecision: (input) =>
      change((a) =>
        call((api) => api.agreements.recordExtensionDecision({ ...input, id: a.id, version: a.version })),
      ),

    async generateDocument(document, format, folder) {
      const current = get().current;
      if (!current) return { ok: false, error: noAgreement };
      return generate(current.id, document, format, folder);
    },
  };
});

registerDataStore(() => {
  listRequest++;
  openRequest++;
  useAgreementsStore.setState(initial);
});
