// The renderer runs inside the bridge as it would inside Electron: from the
// app's own origin, under the CSP, with only the typed `window.api` and no
// Node, and the router answers only frames of the app's own page.
import { describe, expect, it } from 'vitest';
import { bridgeEntryUrl } from '../support/chromium-bridge';
import { bridgeOrigin } from '../../src/main/security/app-origin';
import { channels } from '../../src/shared/ipc/contract';
import { expectAccessible } from './support/accessibility';
import { useBridgedApp } from './support/bridged-app';
import type { PageScope } from './support/page-scope';
import { screenshot } from './support/screenshot';

const contractShape = (() => {
  const shape: Record<string, string[]> = {};
  for (const channel of channels) {
    const [domain, verb] = channel.split(':') as [string, string];
    (shape[domain] ??= []).push(verb);
  }
  for (const verbs of Object.values(shape)) verbs.sort();
  return shape;
})();

describe('the renderer inside the Chromium bridge', () => {
  const fixture = useBridgedApp();

  it('loads index.html from the bridge origin with the CSP header and Swedish as page language', async () => {
    const response = await fixture.page.goto(bridgeEntryUrl);
    expect(response?.status()).toBe(200);
    expect(new URL(fixture.page.url()).origin).toBe(bridgeOrigin);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toMatch(/style-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}'/);
    await fixture.page.waitForLoadState('networkidle');
    expect(
      await fixture.page.evaluate(() => (globalThis as unknown as PageScope).document.documentElement.lang),
    ).toBe('sv');
  });

  it('gives the page a fresh style nonce on every load', async () => {
    const nonceOf = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? '')?.[1];
    const first = nonceOf((await fixture.page.reload())?.headers()['content-security-policy']);
    const second = nonceOf((await fixture.page.reload())?.headers()['content-security-policy']);
    expect(first).toBeTruthy();
    expect(second).toBeTruthy();
    expect(first).not.toBe(second);
  });

  it('exposes exactly the contract as a frozen window.api, and nothing of Node', async () => {
    const page = await fixture.page.evaluate(() => {
      const scope = globalThis as unknown as PageScope;
      const api = scope.api as unknown as Record<string, Record<string, unknown>>;
      const shape: Record<string, string[]> = {};
      for (const [domain, group] of Object.entries(api)) {
        if (domain !== 'events') shape[domain] = Object.keys(group).sort();
      }
      return {
        shape,
        domains: Object.keys(api).sort(),
        eventNames: Object.keys(scope.api.events),
        frozen: Object.isFrozen(api) && Object.values(api).every((group) => Object.isFrozen(group)),
        require: typeof scope.require,
        process: typeof scope.process,
        module: typeof scope.module,
        rawInvoke: typeof scope.__iopInvoke,
      };
    });
    expect(page.shape).toEqual(contractShape);
    expect(page.domains).toEqual([...Object.keys(contractShape), 'events'].sort());
    expect(page.eventNames).toEqual(['onLocked']);
    expect(page.frozen).toBe(true);
    expect(page).toMatchObject({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      rawInvoke: 'undefined',
    });
  });

  it('answers a call through window.api with an envelope from the real router', async () => {
    const result = await fixture.page.evaluate(() =>
      (globalThis as unknown as PageScope).api.installation.status({}),
    );
    expect(result).toEqual({
      ok: true,
      value: {
        state: 'uninitialised',
        organisationName: null,
        session: null,
        idleLockMinutes: expect.any(Number),
      },
    });
  });

  it('returns a validation error, not an exception, for bad input', async () => {
    const result = await fixture.page.evaluate(() =>
      (globalThis as unknown as PageScope).api.installation.status({ unexpected: true } as unknown as Record<
        string,
        never
      >),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', message: expect.any(String) } });
  });

  it('refuses calls from a frame that is not the app page, judged by the real sender frame', async () => {
    // An about:blank child frame of the app page: same window.api, but the
    // router sees the calling frame's own URL and refuses it.
    const fromBlankFrame = await fixture.page.evaluate(async () => {
      const { document } = globalThis as unknown as PageScope;
      const frame = document.createElement('iframe');
      frame.title = 'Testram';
      document.body.append(frame);
      try {
        const api = frame.contentWindow?.api;
        return { hasApi: Boolean(api), result: api ? await api.installation.status({}) : null };
      } finally {
        frame.remove();
      }
    });
    expect(fromBlankFrame.hasApi).toBe(true);
    expect(fromBlankFrame.result).toMatchObject({ ok: false, error: { code: 'untrustedSender' } });

    const other = await fixture.bridge.context.newPage();
    try {
      await other.goto('about:blank');
      const fromOtherPage = await other.evaluate(() =>
        (globalThis as unknown as PageScope).api.installation.status({}),
      );
      expect(fromOtherPage).toMatchObject({
        ok: false,
        error: { code: 'untrustedSender', message: expect.any(String) },
      });
    } finally {
      await other.close();
    }
  });

  it('shows an accessible first screen', async () => {
    await fixture.page.reload();
    await fixture.page.getByRole('heading', { level: 1 }).first().waitFor();
    await screenshot(fixture.page, 'shell-first-screen');
    await expectAccessible(fixture.page, 'first screen');
  });

  it('delivers main\'s "locked" event to onLocked subscribers until they unsubscribe', async () => {
    const lockedCalls = () => fixture.page.evaluate(() => (globalThis as unknown as PageScope).lockedCalls);
    await fixture.page.evaluate(() => {
      const scope = globalThis as unknown as PageScope;
      scope.lockedCalls = 0;
      scope.unsubscribeLocked = scope.api.events.onLocked(() => {
        scope.lockedCalls = Number(scope.lockedCalls) + 1;
      });
    });
    await fixture.bridge.emitLocked();
    expect(await lockedCalls()).toBe(1);
    await fixture.page.evaluate(() =>
      ((globalThis as unknown as PageScope).unsubscribeLocked as () => void)(),
    );
    await fixture.bridge.emitLocked();
    expect(await lockedCalls()).toBe(1);
  });

  it('made no request outside the app and logged no error, CSP report or page error', () => {
    expect(fixture.bridge.violations).toEqual([]);
  });
});
