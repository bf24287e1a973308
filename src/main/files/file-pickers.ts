// The operating system's file dialogs, injected into the app: Electron's
// dialog in the shell, a stand-in that returns a chosen temp path in tests.
import type { PickPurpose } from '../../shared/ipc/files';

export interface FilePickers {
  chooseFolder(purpose: PickPurpose): Promise<string | null>;
  chooseFile(purpose: PickPurpose): Promise<string | null>;
}

/** Used where no dialog exists (CLI): every pick is cancelled. */
export const noFilePickers: FilePickers = {
  chooseFolder: async () => null,
  chooseFile: async () => null,
};
