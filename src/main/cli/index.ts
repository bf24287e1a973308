// `npm run cli -- <command>`: see run-cli.ts and `--help`.
import '../base/require-node'; // first: stops an older Node before the SQLite driver loads
import { runCli } from './run-cli';

process.exitCode = await runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
