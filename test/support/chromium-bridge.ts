// Runs the built renderer in Debian's Chromium with `window.api` bridged to a
// real main-process router, without Electron and without a TCP port: requests
// to the made-up bridge origin are answered from the renderer folder (with the
// app's CSP header), every other request is aborted and recorded. Used by the
// end-to-end tests and by `npm run preview`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Route } from 'playwright-core';
import type { App } from '../../src/main/app/create-app';
import { serveAppFile } from '../../src/main/security/app-files';
import { bridgeOrigin, isSameOrigin } from '../../src/main/security/app-origin';
import { apiKey } from '../../src/preload/api-types';
import { channels } from '../../src/shared/ipc/contract';

export const chromiumPath = '/usr/bin/chromium';
export const bridgeEntryUrl = `${bridgeOrigin}/index.html`;
/** Trust rule for an app driven through the bridge: only frames on the bridge origin. */
export const isBridgeSender = (url: string) => isSameOrigin(url, bridgeOrigin);

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// The binding the page-side api calls; hidden from page scripts once captured.
const invokeBinding = '__iopInvoke';
// A DOM event on `window` the bridge fires to deliver main's "locked" event.
const lockedDomEvent = 'iop-desk:bridge-locked';

export type ViolationKind = 'request' | 'console' | 'pageerror' | 'missingFile';
export interface Violation {
  kind: ViolationKind;
  text: string;
}

export interface BridgeOptions {
  app: App;
  /** The built renderer (`out/renderer`). */
  rendererDir: string;
  headless?: boolean;
  /** Fixed viewport (default 1280×800); null lets the page follow a headed window's size. */
  viewport?: { width: number; height: number } | null;
  /** Let Playwright close the browser on Ctrl+C/SIGTERM (default); false when the caller cleans up itself. */
  handleSignals?: boolean;
  /** Called as each violation is recorded (the preview prints them). */
  onViolation?: (violation: Violation) => void;
}

export interface Bridge {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Requests outside the app, console errors, CSP reports, page errors, missing files. */
  violations: Violation[];
  /** Main locks the app and tells the page, as the Electron shell does on OS lock, suspend or idle. */
  emitLocked(): Promise<void>;
  dispose(): Promise<void>;
}

export async function launchBridge(options: BridgeOptions): Promise<Bridge> {
  const { app, rendererDir, headless = true, handleSignals = true } = options;
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium saknas (${chromiumPath}). Installera med: apt-get install -y chromium`);
  }
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(
      `Renderern är inte byggd (${rendererDir}/index.html saknas). Kör: npm run build:renderer`,
    );
  }

  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless,
    chromiumSandbox: false,
    handleSIGINT: handleSignals,
    handleSIGTERM: handleSignals,
    handleSIGHUP: handleSignals,
    args: headless ? ['--headless', ...chromiumArgs] : [...chromiumArgs, '--window-size=1320,900'],
  });
  const violations = recorder(options.onViolation);
  try {
    const viewport = options.viewport === undefined ? { width: 1280, height: 800 } : options.viewport;
    const context = await browser.newContext({
      locale: 'sv-SE',
      timezoneId: 'Europe/Stockholm',
      viewport,
      serviceWorkers: 'block',
      acceptDownloads: true,
    });

    await context.route('**/*', (route) => serve(route, rendererDir, violations));
    // The router judges the real calling frame's URL, like Electron's senderFrame.
    await context.exposeBinding(invokeBinding, (source, channel: unknown, input: unknown) =>
      app.router.invoke(String(channel), input, { senderUrl: source.frame.url() }),
    );
    await context.addInitScript({ content: pageApiScript(channels) });
    context.on('page', (page) => watchPage(page, violations));

    const page = await context.newPage();
    return {
      browser,
      context,
      page,
      violations,
      async emitLocked() {
        await app.installation.lock();
        await page.evaluate(`window.dispatchEvent(new Event(${JSON.stringify(lockedDomEvent)}))`);
      },
      async dispose() {
        await context.close().catch(() => undefined);
        await browser.close().catch(() => undefined);
      },
    };
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  }
}

/** An array that also reports each push, so callers can watch as well as assert. */
function recorder(onViolation: BridgeOptions['onViolation']): Violation[] {
  const violations: Violation[] = [];
  if (!onViolation) return violations;
  const push = violations.push.bind(violations);
  violations.push = (...items: Violation[]) => {
    items.forEach((item) => onViolation(item));
    return push(...items);
  };
  return violations;
}

async function serve(route: Route, rendererDir: string, violations: Violation[]): Promise<void> {
  const request = route.request();
  const url = request.url();
  if (!isSameOrigin(url, bridgeOrigin) || (request.method() !== 'GET' && request.method() !== 'HEAD')) {
    violations.push({ kind: 'request', text: `${request.method()} ${url}` });
    await route.abort('blockedbyclient');
    return;
  }
  const { pathname } = new URL(url);
  const file = await serveAppFile(rendererDir, pathname);
  if (file.status === 404) violations.push({ kind: 'missingFile', text: pathname });
  await route.fulfill({ status: file.status, headers: file.headers, body: file.body });
}

function watchPage(page: Page, violations: Violation[]): void {
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' || /Content.Security.Policy/i.test(text)) {
      violations.push({ kind: 'console', text: `${message.type()}: ${text}` });
    }
  });
  page.on('pageerror', (error) => violations.push({ kind: 'pageerror', text: error.stack ?? error.message }));
}

/**
 * Page-side twin of `src/preload/build-api.ts`: the same nested, frozen
 * `window.api` (one function per contract channel, plus `events.onLocked`).
 * A plain string, not a function, so no transpiler helper leaks into the page.
 */
function pageApiScript(channelNames: readonly string[]): string {
  return `(() => {
  const channelNames = ${JSON.stringify(channelNames)};
  const bindingName = ${JSON.stringify(invokeBinding)};
  // Capture the binding and remove it from the page, so page scripts get only
  // the per-channel functions, as behind Electron's contextBridge.
  const captured = typeof globalThis[bindingName] === 'function' ? globalThis[bindingName] : null;
  if (captured) delete globalThis[bindingName];
  const invoke = (channel, input) => (captured ?? globalThis[bindingName])(channel, input);
  const api = {};
  for (const channel of channelNames) {
    const [domain, verb] = channel.split(':');
    api[domain] ??= {};
    api[domain][verb] = (input) => invoke(channel, input ?? {});
  }
  for (const group of Object.values(api)) Object.freeze(group);
  const listeners = new Set();
  window.addEventListener(${JSON.stringify(lockedDomEvent)}, () => {
    for (const listener of [...listeners]) {
      try { listener(); } catch (error) { setTimeout(() => { throw error; }); }
    }
  });
  const events = Object.freeze({
    onLocked(callback) {
      listeners.add(callback);
      return () => { listeners.delete(callback); };
    },
  });
  Object.defineProperty(window, ${JSON.stringify(apiKey)}, {
    value: Object.freeze({ ...api, events }),
    enumerable: true,
    configurable: false,
    writable: false,
  });
})();`;
}
