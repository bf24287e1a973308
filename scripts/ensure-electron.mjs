// Runs before `npm start` and `npm run dev`. The Electron binary is
// deliberately not fetched by `npm install`/`npm ci` (package.json's
// allowScripts keeps electron's install script off, so installs only talk to
// the npm registry). This fetches it once, on first start, and explains in
// Swedish and English what to do when that is impossible.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const failureMessage = [
  'Electron kunde inte hämtas (ingen internetanslutning?). Använd `npm run preview` för att prova appen i Chromium.',
  'Electron could not be downloaded (no internet connection?). Use `npm run preview` to try the app in Chromium.',
].join('\n');

export const skippedMessage = [
  'Electron saknas och ELECTRON_SKIP_BINARY_DOWNLOAD är satt, så det hämtas inte. Använd `npm run preview` för att prova appen i Chromium.',
  'Electron is missing and ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it is not downloaded. Use `npm run preview` to try the app in Chromium.',
].join('\n');

/** The Electron executable the `electron` package would start, or null when it is not there. */
export function installedElectron(electronDir, env = process.env) {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (!relative) return null;
  const executable = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relative)
    : join(electronDir, 'dist', relative);
  return existsSync(executable) ? executable : null;
}

/**
 * Makes sure the binary is there; returns the process exit code.
 * `runInstall` runs electron's own install.js and returns its exit status.
 */
export function ensureElectron({
  electronDir,
  env = process.env,
  runInstall,
  log = console.log,
  error = console.error,
}) {
  if (installedElectron(electronDir, env)) return 0;
  const skip = env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  if (skip && skip !== '0' && skip.toLowerCase() !== 'false') {
    error(skippedMessage);
    return 1;
  }
  log(
    'Electron saknas – hämtar det en gång (cirka 100 MB). / Electron is missing – downloading it once (about 100 MB).',
  );
  const status = runInstall(join(electronDir, 'install.js'));
  if (status === 0 && installedElectron(electronDir, env)) return 0;
  error(failureMessage);
  return 1;
}

function electronPackageDir() {
  const require = createRequire(
    pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), '..', 'package.json')),
  );
  return dirname(require.resolve('electron/package.json'));
}

function runInstallScript(installScript) {
  // Ten minutes is plenty for a slow line; a dead one must not hang `npm start` for ever.
  const result = spawnSync(process.execPath, [installScript], { stdio: 'inherit', timeout: 10 * 60_000 });
  return result.status ?? 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let electronDir;
  try {
    electronDir = electronPackageDir();
  } catch {
    console.error(
      'Paketet electron saknas: kör `npm install` först. / The electron package is missing: run `npm install` first.',
    );
    process.exit(1);
  }
  process.exit(ensureElectron({ electronDir, runInstall: runInstallScript }));
}
