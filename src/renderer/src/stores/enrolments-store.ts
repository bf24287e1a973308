// The enrolment loaded for its page (consent, notice, status; which one is
// the route's, see navigation/routes.ts), the waiting list,
// the coordinator's attention list and the feedback log.
import { create } from 'zustand';
import type { AppError, Envelope } from '../../../shared/envelope';
import type { ChannelInput } from '../../../shared/ipc/contract';
import type {
  Enrolment,
  EnrolmentListItem,
  FeedbackEntry,
  WaitingListEntry,
} from '../../../shared/ipc/support-groups';
import { call } from '../api/client';
import { currentGeneration, isCurrent, registerDataStore } from './data-stores';

interface EnrolmentsState {
  current: Enrolment | null;
  loading: boolean;
  error: AppError | null;
  waiting: WaitingListEntry[];
  waitingLoaded: boolean;
  attention: { paused: EnrolmentListItem[]; notReady: EnrolmentListItem[] } | null;
  /** Why the last attention call failed (the Översikt card shows it). */
  attentionError: AppError | null;
  feedback: FeedbackEntry[];
  feedbackLoaded: boolean;
  listError: AppError | null;

  /** Loads the enrolment a route opens (kept on screen while the same one is fetched afresh). */
  open(id: number): Promise<void>;
  create(input: ChannelInput<'enrolments:create'>): Promise<Envelope<Enrolment>>;
  transition(
    input: Omit<ChannelInput<'enrolments:transition'>, 'id' | 'version'>,
  ): Promise<Envelope<Enrolment>>;
  recordConsent(
    input: Omit<ChannelInput<'enrolments:recordConsent'>, 'enrolmentId'>,
  ): Promise<Envelope<Enrolment>>;
  recordNotice(
    input: Omit<ChannelInput<'enrolments:recordNotice'>, 'enrolmentId'>,
  ): Promise<Envelope<Enrolment>>;
  recordChildView(
    input: Omit<ChannelInput<'enrolments:recordChildView'>, 'enrolmentId'>,
  ): Promise<Envelope<Enrolment>>;
  recordPreVisit(
    input: Omit<ChannelInput<'enrolments:recordPreVisit'>, 'enrolmentId'>,
  ): Promise<Envelope<Enrolment>>;
  setFee(input: Omit<ChannelInput<'enrolments:setFee'>, 'enrolmentId'>): Promise<Envelope<Enrolment>>;
  loadWaiting(): Promise<void>;
  loadAttention(): Promise<void>;
  loadFeedback(): Promise<void>;
  createFeedback(input: ChannelInput<'feedback:create'>): Promise<Envelope<FeedbackEntry>>;
  updateFeedback(input: ChannelInput<'feedback:update'>): Promise<Envelope<FeedbackEntry>>;
}

const initial = {
  current: null,
  loading: false,
  error: null,
  waiting: [],
  waitingLoaded: false,
  attention: null,
  attentionError: null,
  feedback: [],
  feedbackLoaded: false,
  listError: null,
} satisfies Partial<EnrolmentsState>;

let openRequest = 0;

export const useEnrolmentsStore = create<EnrolmentsState>()((set, get) => {
  const missing: Envelope<Enrolment> = { ok: false, error: { code: 'notFound', message: '' } };
  /** Runs a change on the open enrolment and keeps the answer. */
  async function change(run: (id: number) => Promise<Envelope<Enrolment>>): Promise<Envelope<Enrolment>> {
    const id = get().current?.id;
    if (id === undefined) return missing;
    const generation = currentGeneration();
    const result = await run(id);
    if (result.ok && isCurrent(generation) && get().current?.id === id)
      set({ current: result.value, error: null });
    return result;
  }
  return {
    ...initial,

    async open(id) {
      const request = ++openRequest;
      const same = get().current?.id === id;
      set({ current: same ? get().current : null, loading: true, error: null });
      const result = await call((api) => api.enrolments.get({ id }));
      if (request !== openRequest) return;
      set(result.ok ? { current: result.value, loading: false } : { loading: false, error: result.error });
    },

    async create(input) {
      const generation = currentGeneration();
      const result = await call((api) => api.enrolments.create(input));
      if (result.ok && isCurrent(generation)) {
        openRequest++;
        set({ current: result.value, loading: false, error: null });
      }
      return result;
    },

    transition: (input) =>
      change((id) =>
        call((api) => api.enrolments.transition({ ...input, id, version: get().current?.version ?? 0 })),
      ),
    recordConsent: (input) =>
      change((enrolmentId) => call((api) => api.enrolments.recordConsent({ ...input, enrolmentId }))),
    recordNotice: (input) =>
      change((enrolmentId) => call((api) => api.enrolments.recordNotice({ ...input, enrolmentId }))),
    recordChildView: (input) =>
      change((enrolmentId) => call((api) => api.enrolments.recordChildView({ ...input, enrolmentId }))),
    recordPreVisit: (input) =>
      change((enrolmentId) => call((api) => api.enrolments.recordPreVisit({ ...input, enrolmentId }))),
    setFee: (input) =>
      change((enrolmentId) => call((api) => api.enrolments.setFee({ ...input, enrolmentId }))),

    async loadWaiting() {
      const generation = currentGeneration();
      const result = await call((api) => api.enrolments.waitingList({ programmeId: null }));
      if (!isCurrent(generation)) return;
      set(
        result.ok
          ? { waiting: result.value, waitingLoaded: true, listError: null }
          : { listError: result.error },
      );
    },

    async loadAttention() {
      const generation = currentGeneration();
      const result = await call((api) => api.enrolments.attention({}));
      if (!isCurrent(generation)) return;
      set(
        result.ok
          ? { attention: result.value, attentionError: null, listError: null }
          : { attentionError: result.error, listError: result.error },
      );
    },

    async loadFeedback() {
      const generation = currentGeneration();
      const result = await call((api) => api.feedback.list({ agreementId: null }));
      if (!isCurrent(generation)) return;
      set(
        result.ok
          ? { feedback: result.value, feedbackLoaded: true, listError: null }
          : { listError: result.error },
      );
    },

    async createFeedback(input) {
      const result = await call((api) => api.feedback.create(input));
      if (result.ok) void get().loadFeedback();
      return result;
    },

    async updateFeedback(input) {
      const result = await call((api) => api.feedback.update(input));
      if (result.ok) void get().loadFeedback();
      return result;
    },
  };
});

registerDataStore(() => {
  openRequest++;
  useEnrolmentsStore.setState(initial);
});
