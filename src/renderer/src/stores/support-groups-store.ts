// Programmes, groups and the group page as the renderer sees them (which tab,
// group or form is shown is the route's, see navigation/routes.ts).
import { create } from 'zustand';
import type { AppError, Envelope } from '../../../shared/envelope';
import type {
  ClosingOutcomeInput,
  Group,
  GroupInput,
  GroupSummary,
  Programme,
  ProgrammeInput,
} from '../../../shared/ipc/support-groups';
import type { GroupStatus } from '../../../shared/support-groups/vocabulary';
import { call } from '../api/client';
import { currentGeneration, isCurrent, registerDataStore } from './data-stores';

/** The programme tab shows at most this many (by name); a search finds the rest. */
export const programmeListLimit = 100;

interface SessionEdit {
  id?: number;
  date: string;
  startTime: string;
  minutes: number;
  kind: 'session' | 'fullDay' | 'followUp';
  cancelled: boolean;
}

interface SupportGroupsState {
  programmes: Programme[];
  programmesLoaded: boolean;
  /** The programme tab's list: the first `programmeListLimit` matching its search. */
  programmeList: Programme[];
  programmeListLoaded: boolean;
  programmeQuery: string;
  /** How many programmes exist (the group list offers "Ny grupp" when any does); null until known. */
  programmeCount: number | null;
  groups: GroupSummary[];
  groupsLoaded: boolean;
  statusFilter: GroupStatus | null;
  listError: AppError | null;

  /** The group loaded for its page (or just created by the new-group form). */
  group: Group | null;
  groupLoading: boolean;
  groupError: AppError | null;

  setStatusFilter(status: GroupStatus | null): void;
  loadProgrammes(): Promise<void>;
  loadProgrammeCount(): Promise<void>;
  setProgrammeQuery(query: string): void;
  loadProgrammeList(): Promise<void>;
  loadGroups(): Promise<void>;
  /** Loads the group a route opens (kept on screen while the same one is fetched afresh). */
  openGroup(id: number): Promise<void>;
  refreshGroup(): Promise<void>;
  createProgramme(input: ProgrammeInput): Promise<Envelope<Programme>>;
  createGroup(input: GroupInput): Promise<Envelope<Group>>;
  updateGroup(input: GroupInput): Promise<Envelope<Group>>;
  saveSessions(sessions: SessionEdit[]): Promise<Envelope<Group>>;
  /** Finishes the open group with every remaining child's outcome, in one step. */
  closeWithOutcomes(outcomes: ClosingOutcomeInput[]): Promise<Envelope<Group>>;
  recordAttendance(
    sessionId: number,
    entries: { enrolmentId: number; present: boolean }[],
  ): Promise<Envelope<Group>>;
}

const initial = {
  programmes: [],
  programmesLoaded: false,
  programmeCount: null,
  programmeList: [],
  programmeListLoaded: false,
  programmeQuery: '',
  groups: [],
  groupsLoaded: false,
  statusFilter: null,
  listError: null,
  group: null,
  groupLoading: false,
  groupError: null,
} satisfies Partial<SupportGroupsState>;

let groupRequest = 0;
let listRequest = 0;
let programmeListRequest = 0;

export const useSupportGroupsStore = create<SupportGroupsState>()((set, get) => {
  /** Keeps a fresh group answer if it still belongs to the open page. */
  const keepGroup = (result: Envelope<Group>, generation: number) => {
    if (result.ok && isCurrent(generation)) {
      groupRequest++;
      set({ group: result.value, groupError: null });
      void get().loadGroups();
    }
    return result;
  };
  return {
    ...initial,

    setStatusFilter(status) {
      set({ statusFilter: status });
      void get().loadGroups();
    },

    async loadProgrammes() {
      const generation = currentGeneration();
      const result = await call((api) => api.programmes.list({ agreementId: null }));
      if (!isCurrent(generation)) return;
      set(
        result.ok
          ? {
              programmes: result.value,
              programmesLoaded: true,
              programmeCount: result.value.length,
              listError: null,
            }
          : { listError: result.error },
      );
    },

    setProgrammeQuery: (query) => set({ programmeQuery: query }),

    async loadProgrammeList() {
      const request = ++programmeListRequest;
      const query = get().programmeQuery;
      const result = await call((api) =>
        api.programmes.list({ agreementId: null, query, limit: programmeListLimit }),
      );
      if (request !== programmeListRequest) return;
      set(
        result.ok
          ? { programmeList: result.value, programmeListLoaded: true, listError: null }
          : { listError: result.error },
      );
    },

    async loadProgrammeCount() {
      const generation = currentGeneration();
      const result = await call((api) => api.programmes.count({}));
      if (!isCurrent(generation)) return;
      set(result.ok ? { programmeCount: result.value.count } : { listError: result.error });
    },

    async loadGroups() {
      const request = ++listRequest;
      const result = await call((api) =>
        api.supportGroups.list({ programmeId: null, status: get().statusFilter }),
      );
      if (request !== listRequest) return;
      set(
        result.ok
          ? { groups: result.value, groupsLoaded: true, listError: null }
          : { listError: result.error },
      );
    },

    async openGroup(id) {
      const request = ++groupRequest;
      const same = get().group?.id === id;
      set({ group: same ? get().group : null, groupLoading: true, groupError: null });
      const result = await call((api) => api.supportGroups.get({ id }));
      if (request !== groupRequest) return;
      set(
        result.ok
          ? { group: result.value, groupLoading: false }
          : { groupLoading: false, groupError: result.error },
      );
    },

    async refreshGroup() {
      const id = get().group?.id;
      if (id !== undefined) await get().openGroup(id);
    },

    async createProgramme(input) {
      const generation = currentGeneration();
      const result = await call((api) => api.programmes.create(input));
      if (result.ok && isCurrent(generation)) {
        // The whole list only where a form already holds it to choose from.
        void (get().programmesLoaded ? get().loadProgrammes() : get().loadProgrammeCount());
        void get().loadProgrammeList();
      }
      return result;
    },

    async createGroup(input) {
      const generation = currentGeneration();
      return keepGroup(await call((api) => api.supportGroups.create(input)), generation);
    },

    async updateGroup(input) {
      const group = get().group;
      if (!group) return { ok: false, error: { code: 'notFound', message: '' } };
      const generation = currentGeneration();
      return keepGroup(
        await call((api) => api.supportGroups.update({ id: group.id, version: group.version, data: input })),
        generation,
      );
    },

    async saveSessions(sessions) {
      const group = get().group;
      if (!group) return { ok: false, error: { code: 'notFound', message: '' } };
      const generation = currentGeneration();
      return keepGroup(
        await call((api) =>
          api.supportGroups.saveSessions({ groupId: group.id, version: group.version, sessions }),
        ),
        generation,
      );
    },

    async closeWithOutcomes(outcomes) {
      const group = get().group;
      if (!group) return { ok: false, error: { code: 'notFound', message: '' } };
      const generation = currentGeneration();
      return keepGroup(
        await call((api) => api.supportGroups.close({ id: group.id, version: group.version, outcomes })),
        generation,
      );
    },

    async recordAttendance(sessionId, entries) {
      const generation = currentGeneration();
      return keepGroup(
        await call((api) => api.supportGroups.recordAttendance({ sessionId, entries })),
        generation,
      );
    },
  };
});

registerDataStore(() => {
  groupRequest++;
  listRequest++;
  programmeListRequest++;
  useSupportGroupsStore.setState(initial);
});
