// Imported FIRST by every entry point that runs on the machine's Node
// (scripts/preview.ts, the CLI and seeder, bench/*; the vitest configs load it
// as their global setup, before any test file), and run
// on its own before `npm run preview` and `npm test`: stops with a clear
// message before the SQLite driver is loaded, instead of a silent crash.
import { nodeSupported, nodeVersionMessage } from './node-version';

if (!nodeSupported(process.versions.node)) {
  process.stderr.write(`${nodeVersionMessage(process.versions.node)}\n`);
  process.exit(1);
}

/** As the test runners' global setup the check has run on import; nothing more to set up. */
export default function setup(): void {}
