// Installation-wide settings (auto-lock time), edited by an admin.
import { create } from 'zustand';
import type { AppError, Envelope } from '../../../shared/envelope';
import type { AppSettings } from '../../../shared/ipc/settings';
import { call } from '../api/client';
import { currentGeneration, isCurrent, registerDataStore } from './data-stores';
import { useSessionStore } from './session-store';

interface SettingsState {
  settings: AppSettings | null;
  loading: boolean;
  error: AppError | null;
  load(): Promise<void>;
  update(settings: AppSettings): Promise<Envelope<AppSettings>>;
}

const initial = { settings: null, loading: false, error: null } satisfies Partial<SettingsState>;

export const useSettingsStore = create<SettingsState>()((set) => ({
  ...initial,

  async load() {
    const generation = currentGeneration();
    set({ loading: true });
    const result = await call((api) => api.settings.get({}));
    if (!isCurrent(generation)) return;
    set(
      result.ok
        ? { settings: result.value, loading: false, error: null }
        : { loading: false, error: result.error },
    );
  },

  async update(settings) {
    const generation = currentGeneration();
    const result = await call((api) => api.settings.update(settings));
    if (result.ok && isCurrent(generation)) {
      set({ settings: result.value });
      // The idle timer runs on the session's copy of the setting.
      useSessionStore.getState().setIdleLockMinutes(result.value.idleLockMinutes);
    }
    return result;
  },
}));

registerDataStore(() => useSettingsStore.setState(initial));
