// Per-test-file fixture: a fresh temporary app (real encrypted data directory,
// cheap test KDF) driven through Chromium by the bridge; both are disposed
// after the file's tests.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { bridgeEntryUrl, launchBridge, type Bridge } from '../../support/chromium-bridge';
import { createTempApp, type TempApp, type TempAppOptions } from '../../support/temp-app';

export const rendererDir = resolve('out/renderer');

export interface BridgedApp {
  app: TempApp;
  bridge: Bridge;
  page: Page;
}

/**
 * Registers the hooks; the returned object is filled in before the first test runs.
 * `pickers` stand in for the OS file dialogs; `timeout` is the page's default wait.
 */
export function useBridgedApp(
  options: { pickers?: TempAppOptions['pickers']; timeout?: number } = {},
): BridgedApp {
  const fixture = {} as BridgedApp;
  beforeAll(async () => {
    const app = createTempApp(undefined, {
      senderUrl: bridgeEntryUrl,
      ...(options.pickers ? { pickers: options.pickers } : {}),
    });
    try {
      const bridge = await launchBridge({ app, rendererDir });
      // Short enough that a missing element fails fast, long enough for 2 slow cores.
      bridge.page.setDefaultTimeout(options.timeout ?? 10_000);
      Object.assign(fixture, { app, bridge, page: bridge.page });
    } catch (error) {
      await app.dispose();
      throw error;
    }
  });
  afterAll(async () => {
    await fixture.bridge?.dispose();
    await fixture.app?.dispose();
  });
  return fixture;
}
