// Local user accounts (admin only): list, create, reset password, disable.
import { create } from 'zustand';
import type { AppError, Envelope } from '../../../shared/envelope';
import type { ChannelInput } from '../../../shared/ipc/contract';
import type { User } from '../../../shared/ipc/users';
import { call } from '../api/client';
import { currentGeneration, isCurrent, registerDataStore } from './data-stores';

interface UsersState {
  users: User[];
  loaded: boolean;
  loading: boolean;
  error: AppError | null;
  load(): Promise<void>;
  create(input: ChannelInput<'users:create'>): Promise<Envelope<User>>;
  resetPassword(userId: number, temporaryPassword: string): Promise<Envelope<User>>;
  setDisabled(userId: number, disabled: boolean): Promise<Envelope<User>>;
}

const initial = { users: [], loaded: false, loading: false, error: null } satisfies Partial<UsersState>;

const byDisplayName = (a: User, b: User) => a.displayName.localeCompare(b.displayName, 'sv');

export const useUsersStore = create<UsersState>()((set, get) => {
  /** Puts a changed user into the list (after a successful write). */
  function replace(result: Envelope<User>, generation: number): Envelope<User> {
    if (result.ok && isCurrent(generation)) {
      const others = get().users.filter((u) => u.id !== result.value.id);
      set({ users: [...others, result.value].sort(byDisplayName) });
    }
    return result;
  }

  return {
    ...initial,

    async load() {
      const generation = currentGeneration();
      set({ loading: true });
      const result = await call((api) => api.users.list({}));
      if (!isCurrent(generation)) return;
      set(
        result.ok
          ? { users: result.value.toSorted(byDisplayName), loaded: true, loading: false, error: null }
          : { loading: false, error: result.error },
      );
    },

    async create(input) {
      const generation = currentGeneration();
      return replace(await call((api) => api.users.create(input)), generation);
    },

    async resetPassword(userId, temporaryPassword) {
      const generation = currentGeneration();
      return replace(await call((api) => api.users.resetPassword({ userId, temporaryPassword })), generation);
    },

    async setDisabled(userId, disabled) {
      const generation = currentGeneration();
      return replace(await call((api) => api.users.setDisabled({ userId, disabled })), generation);
    },
  };
});

registerDataStore(() => useUsersStore.setState(initial));
