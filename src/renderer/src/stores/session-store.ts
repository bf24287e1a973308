// Where the app stands (not installed, locked, unlocked) and who is signed in.
// Every lock, whoever triggers it, empties the server-data cache and the data
// stores first; a sign-in starts from an empty cache too (another user may sign in).
import { create } from 'zustand';
import type { AppError, Envelope } from '../../../shared/envelope';
import type { LockScreenUser } from '../../../shared/ipc/auth';
import type { ChannelInput } from '../../../shared/ipc/contract';
import type { InstallationStatus, Session } from '../../../shared/ipc/installation';
import { call, setLockedErrorHandler } from '../api/client';
import { clearCache } from '../data/query-client';
import { goTo } from '../navigation/navigate';
import { clearDataStores } from './data-stores';

export type Phase = 'starting' | 'startFailed' | 'uninitialised' | 'locked' | 'unlocked';
/** Why the lock screen shows: told to the user on it. */
export type LockReason = 'user' | 'idle' | 'system' | 'restored' | null;

interface SessionState {
  phase: Phase;
  organisationName: string | null;
  session: Session | null;
  idleLockMinutes: number;
  lockReason: LockReason;
  startError: AppError | null;
  /** Who can sign in, for the lock screen; null while being fetched. */
  users: LockScreenUser[] | null;

  start(): Promise<void>;
  /** Creates the installation; returns the recovery key. The wizard stays until `finishSetup`. */
  setup(input: ChannelInput<'installation:setup'>): Promise<Envelope<string>>;
  finishSetup(): Promise<void>;
  unlock(username: string, password: string): Promise<AppError | null>;
  recover(username: string, recoveryKey: string, newPassword: string): Promise<AppError | null>;
  changePassword(currentPassword: string, newPassword: string): Promise<AppError | null>;
  lock(reason: 'user' | 'idle'): Promise<void>;
  /** Main locked by itself (OS lock, suspend) or answered `locked`. */
  lockedByMain(): Promise<void>;
  /** Main swapped in a restored backup and is locked (also from the first-run screen). */
  restored(): Promise<void>;
  setIdleLockMinutes(minutes: number): void;
}

export const useSessionStore = create<SessionState>()((set, get) => {
  function applyStatus(status: InstallationStatus): void {
    set({
      organisationName: status.organisationName,
      idleLockMinutes: status.idleLockMinutes,
      session: status.state === 'unlocked' ? status.session : null,
      phase: status.state,
      startError: null,
    });
  }

  async function loadUsers(): Promise<void> {
    const result = await call((api) => api.auth.users({}));
    set({ users: result.ok ? result.value : [] });
  }

  async function refreshLocked(reason: LockReason): Promise<void> {
    const status = await call((api) => api.installation.status({}));
    if (status.ok) {
      set({ organisationName: status.value.organisationName, idleLockMinutes: status.value.idleLockMinutes });
      // Main still unlocked means the lock call failed: try once more rather than leave data open.
      if (status.value.state === 'unlocked') await call((api) => api.auth.lock({}));
    }
    set({ lockReason: reason });
    await loadUsers();
  }

  function showLockScreen(reason: LockReason): void {
    clearCache();
    clearDataStores();
    set({ phase: 'locked', session: null, lockReason: reason, users: null });
  }

  function signedIn(session: Session): void {
    clearCache();
    set({ session, phase: 'unlocked', lockReason: null, users: null });
  }

  return {
    phase: 'starting',
    organisationName: null,
    session: null,
    idleLockMinutes: 10,
    lockReason: null,
    startError: null,
    users: null,

    async start() {
      set({ phase: 'starting', startError: null });
      const status = await call((api) => api.installation.status({}));
      if (!status.ok) {
        set({ phase: 'startFailed', startError: status.error });
        return;
      }
      if (status.value.state === 'locked') set({ users: null });
      applyStatus(status.value);
      if (status.value.state === 'locked') await loadUsers();
    },

    async setup(input) {
      const result = await call((api) => api.installation.setup(input));
      return result.ok ? { ok: true, value: result.value.recoveryKey } : result;
    },

    async finishSetup() {
      await get().start();
    },

    async unlock(username, password) {
      const result = await call((api) => api.auth.unlock({ username, password }));
      if (!result.ok) return result.error;
      signedIn(result.value);
      return null;
    },

    async recover(username, recoveryKey, newPassword) {
      const result = await call((api) => api.auth.recover({ username, recoveryKey, newPassword }));
      if (!result.ok) return result.error;
      signedIn(result.value);
      return null;
    },

    async changePassword(currentPassword, newPassword) {
      const result = await call((api) => api.auth.changePassword({ currentPassword, newPassword }));
      if (!result.ok) return result.error;
      set({ session: result.value });
      return null;
    },

    async lock(reason) {
      if (get().phase !== 'unlocked') return;
      showLockScreen(reason);
      await call((api) => api.auth.lock({}));
      await refreshLocked(reason);
    },

    async lockedByMain() {
      if (get().phase !== 'unlocked') return;
      showLockScreen('system');
      await refreshLocked('system');
    },

    async restored() {
      // Restored data is another state of the register: the unlock starts on Översikt, not on the old page.
      goTo({ name: 'overview' }, { replace: true });
      showLockScreen('restored');
      await refreshLocked('restored');
    },

    setIdleLockMinutes(minutes) {
      set({ idleLockMinutes: minutes });
    },
  };
});

setLockedErrorHandler(() => void useSessionStore.getState().lockedByMain());
