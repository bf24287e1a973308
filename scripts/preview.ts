// `npm run preview`: the built renderer in Chromium, bridged to a real app on a
// throwaway demo data directory (no Electron needed). The demo uses the cheap
// test key-derivation cost, so it must never hold real data.
//
//   npm run preview                   first-run wizard on an empty demo directory
//   npm run preview -- --seed         demo installation with a few organisations
//   npm run preview -- --data-dir D   keep the demo data in D (not removed afterwards)
//   npm run preview -- --headless --screenshot shot.png   CI-style check: load, save a screenshot, quit
import '../src/main/base/require-node'; // first: stops an older Node before the SQLite driver loads
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { createApp } from '../src/main/app/create-app';
import { installationExists } from '../src/main/installation/installation';
import { testKdf } from '../src/main/keyring/kdf';
import {
  bridgeEntryUrl,
  isBridgeSender,
  launchBridge,
  type Violation,
} from '../test/support/chromium-bridge';
import { demoAdmin, demoOrganisations, seedDemo } from './demo-seed';

const usage = `Användning: npm run preview -- [--seed] [--data-dir MAPP] [--headless] [--screenshot FIL.png]`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      seed: { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      headless: { type: 'boolean', default: false },
      screenshot: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }

  const rendererDir = resolve('out/renderer');
  const ownsDataDir = values['data-dir'] === undefined;
  const dataDir = ownsDataDir
    ? mkdtempSync(join(tmpdir(), 'iop-desk-demo-'))
    : resolve(values['data-dir'] as string);
  if (values.seed && installationExists(dataDir)) {
    console.error(`Det finns redan en installation i ${dataDir}; --seed fungerar bara på en tom mapp.`);
    return 1;
  }

  console.log('IOP Desk – förhandsvisning i Chromium (demo)');
  console.log(
    '  Detta är en DEMO: lösenorden skyddas med den billiga testinställningen för nyckelhärledning.',
  );
  console.log('  Lägg aldrig in riktiga personuppgifter här.');
  console.log(`  Demodata: ${dataDir}`);
  console.log(
    ownsDataDir ? '  Mappen tas bort när webbläsaren stängs.' : '  Mappen sparas (angiven med --data-dir).',
  );

  // From here on Ctrl+C (or SIGTERM) asks for a clean stop instead of killing the process.
  const stopRequested = new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  const app = createApp({ dataDir, kdfCost: testKdf, isTrustedSender: isBridgeSender });
  try {
    if (values.seed) {
      await seedDemo(app, bridgeEntryUrl);
      console.log(
        `  Demoinstallation skapad med ${demoOrganisations.length} organisationer (adresser, konton och kontaktpersoner är påhittade).`,
      );
      console.log(`  Logga in som ${demoAdmin.username} med lösenordet ${demoAdmin.password}`);
    }

    const bridge = await launchBridge({
      app,
      rendererDir,
      headless: values.headless,
      // Ctrl+C must reach our own clean-up (close the browser, then remove the demo data).
      handleSignals: false,
      viewport: values.headless ? { width: 1280, height: 800 } : null,
      onViolation: (violation: Violation) => console.warn(`  Varning (${violation.kind}): ${violation.text}`),
    });
    try {
      await bridge.page.goto(bridgeEntryUrl);
      if (values.screenshot) {
        await bridge.page.waitForLoadState('networkidle');
        await bridge.page.getByRole('heading', { level: 1 }).first().waitFor();
        const file = resolve(values.screenshot);
        await bridge.page.screenshot({ path: file, fullPage: true });
        console.log(`  Skärmbild sparad: ${file}`);
        return bridge.violations.length === 0 ? 0 : 1;
      }
      console.log('  Stäng webbläsarfönstret (eller tryck Ctrl+C) för att avsluta.');
      await Promise.race([untilClosed(bridge.page, bridge.browser), stopRequested]);
      return 0;
    } finally {
      await bridge.dispose();
    }
  } finally {
    await app.close();
    if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
    console.log(ownsDataDir ? '  Demodata borttagen.' : `  Demodata finns kvar i ${dataDir}`);
  }
}

/** Resolves when the window is closed or the browser exits. */
function untilClosed(page: Page, browser: Browser): Promise<void> {
  return new Promise<void>((done) => {
    page.once('close', () => done());
    browser.once('disconnected', () => done());
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `Förhandsvisningen misslyckades: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
