// A real app on a temporary, encrypted data directory, for tests and benches.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedClock } from '../../src/main/base/clock';
import { createApp, type App, type AppOptions } from '../../src/main/app/create-app';
import type { FilePickers } from '../../src/main/files/file-pickers';
import { testKdf } from '../../src/main/keyring/kdf';
import { isSameOrigin } from '../../src/main/security/app-origin';
import type { Envelope } from '../../src/shared/envelope';
import type { Channel, ChannelInput, ChannelOutput } from '../../src/shared/ipc/contract';

export const appUrl = 'app://iop-desk/index.html';
export const adminPassword = 'korrekt-häst-batteri-9';

export interface TempApp extends App {
  dataDir: string;
  clock: ReturnType<typeof fixedClock>;
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Envelope<ChannelOutput<C>>>;
  /** Calls and returns the value, failing the test on an error envelope. */
  must<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  dispose(): Promise<void>;
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'iop-desk-test-'));
}

export interface TempAppOptions {
  /** The page URL the app trusts and `call()` sends as; the Chromium bridge passes its own. */
  senderUrl?: string;
  /** Stand-ins for the OS file dialogs (default: every pick is cancelled). */
  pickers?: FilePickers;
  /** Backup runtime settings (e.g. a cheap scrypt). */
  backups?: AppOptions['backups'];
}

export function createTempApp(dataDir = tempDataDir(), options: TempAppOptions = {}): TempApp {
  const clock = fixedClock('2026-03-02T09:00:00.000Z');
  const senderUrl = options.senderUrl ?? appUrl;
  const app = createApp({
    dataDir,
    clock,
    kdfCost: testKdf,
    isTrustedSender: (url) => isSameOrigin(url, senderUrl),
    logError: (channel, error) => console.error(channel, error),
    ...(options.pickers ? { pickers: options.pickers } : {}),
    ...(options.backups ? { backups: options.backups } : {}),
  });
  const call = <C extends Channel>(channel: C, input: ChannelInput<C>) =>
    app.router.invoke(channel, input, { senderUrl }) as Promise<Envelope<ChannelOutput<C>>>;
  return {
    ...app,
    dataDir,
    clock,
    call,
    async must(channel, input) {
      const result = await call(channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
      return result.value;
    },
    async dispose() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A temp app with an installation set up and the admin signed in. */
export async function createInstalledApp(): Promise<TempApp & { recoveryKey: string }> {
  const app = createTempApp();
  const { recoveryKey } = await app.must('installation:setup', {
    organisationName: 'Testkommunens socialförvaltning',
    admin: { username: 'admin', displayName: 'Ada Admin', password: adminPassword },
  });
  return Object.assign(app, { recoveryKey });
}
