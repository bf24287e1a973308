// The Node.js version the machine's own Node must have for everything that
// runs outside Electron (npm run preview, cli, seed, the benchmarks, the test
// runners). The SQLite driver (better-sqlite3-multiple-ciphers) is built for
// Node >= 22.12 and crashes older ones with a segmentation fault and no
// message; the dev tools (ESLint) need 22.13. package.json's `engines`, .npmrc
// (engine-strict) and .ci/run name the same version: node-version.test.ts
// keeps them in step.

export const requiredNode = { major: 22, minor: 13 } as const;
export const requiredNodeText = `${requiredNode.major}.${requiredNode.minor}`;

/** True when `version` ("22.13.0", "v24.1.0") is new enough. */
export function nodeSupported(version: string): boolean {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  return major > requiredNode.major || (major === requiredNode.major && minor >= requiredNode.minor);
}

/** What a newcomer on an older Node reads, in Swedish and English, before anything else runs. */
export function nodeVersionMessage(version: string): string {
  const found = version.replace(/^v/, '');
  return [
    `IOP Desk behöver Node.js ${requiredNodeText} eller senare, men den här datorn har Node.js ${found}.`,
    'Installera Node.js 24 LTS från https://nodejs.org (eller med nvm: `nvm install 24 && nvm use 24`),',
    'kör sedan `npm install` och kommandot igen.',
    '',
    `IOP Desk needs Node.js ${requiredNodeText} or later, but this machine has Node.js ${found}.`,
    'Install Node.js 24 LTS from https://nodejs.org (or with nvm: `nvm install 24 && nvm use 24`),',
    'then run `npm install` and the command again.',
  ].join('\n');
}
