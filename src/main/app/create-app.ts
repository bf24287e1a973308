// Builds the whole main-process application without Electron: used by the
// Electron shell, the Chromium preview, the CLI, tests and benchmarks.
import { noFilePickers, type FilePickers } from '../files/file-pickers';
import { handlers } from '../ipc/handlers';
import { createRouter, type Router } from '../ipc/router';
import { productionKdf, type KdfCost } from '../keyring/kdf';
import { systemClock, type Clock } from '../base/clock';
import { Installation } from '../installation/installation';

export interface AppOptions {
  dataDir: string;
  isTrustedSender: (url: string) => boolean;
  clock?: Clock;
  kdfCost?: KdfCost;
  /** Gets the name, code and stack frames of unexpected errors, never their messages. */
  logError?: (channel: string, details: string) => void;
  /** The OS file dialogs; without them every pick is cancelled (CLI). */
  pickers?: FilePickers;
}

export interface App {
  installation: Installation;
  router: Router;
  close(): Promise<void>;
}

export function createApp(options: AppOptions): App {
  const clock = options.clock ?? systemClock;
  const installation = new Installation({ dataDir: options.dataDir, clock, kdfCost: options.kdfCost ?? productionKdf });
  const router = createRouter({
    installation,
    clock,
    handlers,
    pickers: options.pickers ?? noFilePickers,
    isTrustedSender: options.isTrustedSender,
    ...(options.logError ? { logError: options.logError } : {}),
  });
  return { installation, router, close: () => installation.close() };
}
