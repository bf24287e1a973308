// Backups for the administrator: the status (settings, backup key, last
// outcome), the backup files in the configured folder, and the small calls
// around them. The secret half of a new backup key is handed to the caller
// and never kept here. Long work (create, verify, restore) is in
// backup-job-store.ts.
import { create } from 'zustand';
import type { AppError, Envelope } from '../../../shared/envelope';
import type { BackupFile, BackupSettings, BackupStatus } from '../../../shared/ipc/backup';
import { call } from '../api/client';
import { currentGeneration, isCurrent, registerDataStore } from './data-stores';

interface BackupState {
  status: BackupStatus | null;
  /** Newest first; null until loaded. */
  files: BackupFile[] | null;
  loading: boolean;
  error: AppError | null;

  /** Status and file list together (the Säkerhetskopior tab). */
  load(): Promise<void>;
  /** Status only (the overview card). */
  loadStatus(): Promise<void>;
  updateSettings(settings: BackupSettings): Promise<Envelope<BackupStatus>>;
  setRecipient(recipient: string): Promise<Envelope<BackupStatus>>;
  /** Creates a key pair; the app keeps the public half, the caller shows the secret half once. */
  generateKey(): Promise<Envelope<{ identity: string; recipient: string }>>;
  suggestPassphrase(): Promise<Envelope<string>>;
  /** The OS folder dialog; null when the user cancelled it. */
  chooseFolder(): Promise<Envelope<string | null>>;
  /** The OS file dialog for a backup file (works before installation too). */
  chooseFile(): Promise<Envelope<string | null>>;
}

const initial = { status: null, files: null, loading: false, error: null } satisfies Partial<BackupState>;

export const useBackupStore = create<BackupState>()((set, get) => {
  /** Keeps a changed status (after a successful write). */
  function keep(result: Envelope<BackupStatus>, generation: number): Envelope<BackupStatus> {
    if (result.ok && isCurrent(generation)) set({ status: result.value });
    return result;
  }

  return {
    ...initial,

    async load() {
      const generation = currentGeneration();
      set({ loading: true });
      const [status, files] = await Promise.all([
        call((api) => api.backup.status({})),
        call((api) => api.backup.list({})),
      ]);
      if (!isCurrent(generation)) return;
      const error = !status.ok ? status.error : !files.ok ? files.error : null;
      set({
        loading: false,
        error,
        ...(status.ok ? { status: status.value } : {}),
        ...(files.ok ? { files: files.value } : {}),
      });
    },

    async loadStatus() {
      const generation = currentGeneration();
      set({ loading: true });
      const status = await call((api) => api.backup.status({}));
      if (!isCurrent(generation)) return;
      set(
        status.ok
          ? { loading: false, error: null, status: status.value }
          : { loading: false, error: status.error },
      );
    },

    async updateSettings(settings) {
      const generation = currentGeneration();
      return keep(await call((api) => api.backup.updateSettings(settings)), generation);
    },

    async setRecipient(recipient) {
      const generation = currentGeneration();
      return keep(await call((api) => api.backup.setRecipient({ recipient })), generation);
    },

    async generateKey() {
      const generation = currentGeneration();
      const result = await call((api) => api.backup.generateKey({}));
      const status = get().status;
      if (result.ok && status && isCurrent(generation))
        set({ status: { ...status, recipient: result.value.recipient } });
      return result;
    },

    async suggestPassphrase() {
      const result = await call((api) => api.backup.suggestPassphrase({}));
      return result.ok ? { ok: true, value: result.value.passphrase } : result;
    },

    async chooseFolder() {
      const result = await call((api) => api.files.chooseFolder({ purpose: 'backupFolder' }));
      return result.ok ? { ok: true, value: result.value.path } : result;
    },

    async chooseFile() {
      const result = await call((api) => api.files.chooseFile({ purpose: 'backupFile' }));
      return result.ok ? { ok: true, value: result.value.path } : result;
    },
  };
});

registerDataStore(() => useBackupStore.setState(initial));
