// Builds the whole main-process application without Electron: used by the
// Electron shell, the Chromium preview, the CLI, tests and benchmarks. The
// composition root: the installation, the backup runtime (and, when asked,
// its scheduler) and the router are made here and passed down.
import { BackupRuntime, type BackupRuntimeOptions } from '../backup/backup-runtime';
import { startScheduler, type Scheduler, type SchedulerOptions } from '../backup/scheduler';
import { systemClock, type Clock } from '../base/clock';
import { noFilePickers, type FilePickers } from '../files/file-pickers';
import { Installation, type FolderUse } from '../installation/installation';
import { handlers } from '../ipc/handlers';
import { createRouter, type Router } from '../ipc/router';
import { productionKdf, type KdfCost } from '../keyring/kdf';

export interface AppOptions {
  dataDir: string;
  isTrustedSender: (url: string) => boolean;
  clock?: Clock;
  kdfCost?: KdfCost;
  /** Gets the name, code and stack frames of unexpected errors, never their messages. */
  logError?: (channel: string, details: string) => void;
  /** The OS file dialogs; without them every pick is cancelled (CLI). */
  pickers?: FilePickers;
  /** Backup settings (tests: a cheap scrypt, a restore step hook; the shell: an error log). */
  backups?: Omit<BackupRuntimeOptions, 'clock'>;
  /** Scheduled backups (the desktop app): at start and every 24 hours while the app runs. */
  scheduleBackups?: boolean | SchedulerOptions;
  /** How this process uses the data folder (see Installation): the window is `app`, the default. */
  folderUse?: FolderUse;
}

export interface App {
  installation: Installation;
  backup: BackupRuntime;
  /** Only when the app asked for scheduled backups. */
  scheduler: Scheduler | null;
  router: Router;
  close(): Promise<void>;
}

export function createApp(options: AppOptions): App {
  const clock = options.clock ?? systemClock;
  const installation = new Installation({
    dataDir: options.dataDir,
    clock,
    kdfCost: options.kdfCost ?? productionKdf,
    folderUse: options.folderUse ?? 'app',
  });
  const backup = new BackupRuntime(installation, { ...options.backups, clock });
  const router = createRouter({
    installation,
    backup,
    clock,
    handlers,
    pickers: options.pickers ?? noFilePickers,
    isTrustedSender: options.isTrustedSender,
    ...(options.logError ? { logError: options.logError } : {}),
  });
  const schedule = options.scheduleBackups;
  const scheduler = schedule ? startScheduler(backup, schedule === true ? {} : schedule) : null;
  return {
    installation,
    backup,
    scheduler,
    router,
    close: async () => {
      scheduler?.stop();
      await installation.close();
    },
  };
}
