// A real app on a temporary, encrypted data directory, for tests and benches.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedClock } from '../../src/main/app/clock';
import { createApp, type App } from '../../src/main/app/create-app';
import { testKdf } from '../../src/main/keyring/kdf';
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

export function createTempApp(dataDir = tempDataDir()): TempApp {
  const clock = fixedClock('2026-03-02T09:00:00.000Z');
  const app = createApp({
    dataDir,
    clock,
    kdfCost: testKdf,
    isTrustedSender: (url) => url.startsWith('app://iop-desk/'),
    logError: (channel, error) => console.error(channel, error),
  });
  const call = <C extends Channel>(channel: C, input: ChannelInput<C>) =>
    app.router.invoke(channel, input, { senderUrl: appUrl }) as Promise<Envelope<ChannelOutput<C>>>;
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
