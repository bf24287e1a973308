// Imported FIRST by every entry point that runs on the machine's Node
// (scripts/preview.ts, the CLI and seeder, bench/*, vitest configs), and run
// on its own before `npm run preview` and `npm test`: stops with a clear
// message before the SQLite driver is loaded, instead of a silent crash.
import { nodeSupported, nodeVersionMessage } from './node-version';

if (!nodeSupported(process.versions.node)) {
  process.stderr.write(`${nodeVersionMessage(process.versions.node)}\n`);
  process.exit(1);
}
