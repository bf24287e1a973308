// An unlocked app over seeded data for the scale benches: seeds `scale` into
// `dataDir` the first time (x10 takes about two minutes), later runs reuse it.
import { performance } from 'node:perf_hooks';
import { createApp } from '../../src/main/app/create-app';
import { testKdf } from '../../src/main/keyring/kdf';
import { isSameOrigin } from '../../src/main/security/app-origin';
import { seed } from '../../src/main/seed/seed';

export const benchPassword = 'bench-lösenord-2026';
export const benchSenderUrl = 'app://iop-desk/index.html';

export async function openScaleApp(dataDir: string, scale: 'small' | 'municipality' | 'x10') {
  const app = createApp({
    dataDir,
    kdfCost: testKdf,
    isTrustedSender: (url) => isSameOrigin(url, benchSenderUrl),
  });
  if (app.installation.state === 'uninitialised') {
    console.error(`Seeding ${scale} into ${dataDir} …`);
    const started = performance.now();
    await seed(app, { scale, password: benchPassword, onProgress: (line) => console.error(`  ${line}`) });
    console.error(`Seeded in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  } else {
    await app.installation.unlock('admin', benchPassword);
  }
  return app;
}
