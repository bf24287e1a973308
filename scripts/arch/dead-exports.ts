// Dead exports come from knip (configured in knip.jsonc): it runs with its JSON
// reporter and this module turns that into a flat list.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface DeadCode {
  readonly file: string;
  readonly name: string;
  /** knip's issue type: exports, types, files, enumMembers, … */
  readonly kind: string;
  readonly line: number | undefined;
}

/** knip issue types that mean code nobody uses. Dependency findings are knip's own business in `npm run lint`. */
export const deadCodeKinds = [
  'files',
  'exports',
  'types',
  'nsExports',
  'nsTypes',
  'namespaceMembers',
  'enumMembers',
  'duplicates',
];

interface KnipItem {
  readonly name?: unknown;
  readonly line?: unknown;
}

/** Flattens knip's `--reporter json` output ({ issues: [{ file, exports: [...], … }] }) into dead code. */
export function deadCodeFromKnipJson(json: unknown): DeadCode[] {
  if (typeof json !== 'object' || json === null || !('issues' in json) || !Array.isArray(json.issues)) {
    throw new Error('knip --reporter json gave no issues array');
  }
  const found: DeadCode[] = [];
  for (const issue of json.issues as unknown[]) {
    if (typeof issue !== 'object' || issue === null) continue;
    const record = issue as Record<string, unknown>;
    const file = typeof record.file === 'string' ? record.file : '?';
    for (const kind of deadCodeKinds) {
      const items = record[kind];
      if (!Array.isArray(items)) continue;
      for (const item of items as (KnipItem | KnipItem[])[]) {
        // Duplicates come as groups of names exported twice.
        const group = Array.isArray(item) ? item : [item];
        const names = group.map((entry) => (typeof entry.name === 'string' ? entry.name : '?'));
        const first = group[0];
        found.push({
          file,
          name: kind === 'files' ? '(whole file)' : names.join(' = '),
          kind,
          line: typeof first?.line === 'number' ? first.line : undefined,
        });
      }
    }
  }
  return found.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** knip from node_modules, or the one KNIP_BIN points at (e.g. a throwaway install). */
export function knipBinary(root: string): string | null {
  const fromEnv = process.env.KNIP_BIN;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const local = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'knip.cmd' : 'knip');
  return existsSync(local) ? local : null;
}

export function runKnip(root: string): DeadCode[] | { error: string } {
  const binary = knipBinary(root);
  if (!binary) return { error: 'knip is not installed (add it to devDependencies, or set KNIP_BIN)' };
  const result = spawnSync(
    binary,
    ['--directory', root, '--reporter', 'json', '--no-exit-code', '--no-progress'],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      shell: process.platform === 'win32',
    },
  );
  if (result.error) return { error: `knip did not run: ${result.error.message}` };
  if (result.status !== 0) return { error: `knip failed (exit ${result.status}): ${result.stderr.trim()}` };
  try {
    return deadCodeFromKnipJson(JSON.parse(result.stdout));
  } catch (error) {
    return { error: `knip's output was not understood: ${(error as Error).message}` };
  }
}
