// `npm run arch`: measures the architecture of src/ from the code's own imports
// (issue 9, "Measure"). Prints one count line per section, then its list:
//   layer violations     imports in src/main that run against scripts/arch/layers.mjs
//   unknown folders      src/main folders the layer table does not place
//   folder cycles        among the top-level folders of src/main
//   file cycles          among all source files of src/ (type-only imports included)
//   files over 400 lines outside i18n catalogues, frozen migrations and tests
//   SQL outside repositories   Kysely statements outside *-repository.ts and db/
//   dead exports         knip's unused exports, types and files
// Exits 1 when layer violations, unknown folders, cycles or dead exports are
// found; with --strict also for long files and SQL outside repositories.
// Tests (*.test.ts) are left out of every measure: they may import anything.
import '../src/main/base/require-node'; // first: stops an older Node before the SQLite driver loads
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { findCycles, type Cycle, type Graph } from './arch/cycles';
import { runKnip } from './arch/dead-exports';
import { parseSource, resolveRelative, type ImportEdge, type ParsedSource } from './arch/imports';
import { layerConfig } from './arch/layers.mjs';
import { layerViolation, mainFolderOf, outsideViolation, unknownFolders } from './arch/rules';

const root = resolve(import.meta.dirname, '..');

const settings = {
  maxLines: 400,
  /** Left out of the line count: catalogues are long by nature, migrations are frozen. */
  longFileExempt: [/^src\/renderer\/src\/i18n\//, /^src\/shared\/i18n\//, /^src\/main\/db\/migrations\//],
  /** Where SQL may be written. */
  sqlHome: [/^src\/main\/db\//, /-repository\.ts$/],
};

const args = new Set(process.argv.slice(2));
const strict = args.has('--strict');
const skipKnip = args.has('--no-knip');

const isTest = (path: string): boolean => /\.test\.tsx?$/.test(path);
const toPosix = (path: string): string => path.replace(/\\/g, '/');

interface SourceFile extends ParsedSource {
  /** Relative to the repository root, with forward slashes. */
  readonly path: string;
  readonly resolved: readonly (ImportEdge & { readonly target: string | null })[];
}

function sourceFiles(): SourceFile[] {
  const files: SourceFile[] = [];
  for (const entry of readdirSync(join(root, 'src'), { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name)) continue;
    const absolute = join(entry.parentPath, entry.name);
    const path = toPosix(relative(root, absolute));
    if (isTest(path)) continue;
    const parsed = parseSource(absolute, readFileSync(absolute, 'utf8'));
    const resolved = parsed.imports
      .filter((edge) => edge.specifier.startsWith('.'))
      .map((edge) => {
        const target = resolveRelative(absolute, edge.specifier);
        return { ...edge, target: target === null ? null : toPosix(relative(root, target)) };
      });
    files.push({ ...parsed, path, resolved });
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

function addEdge(graph: Map<string, Set<string>>, from: string, to: string): void {
  if (!graph.has(from)) graph.set(from, new Set());
  if (!graph.has(to)) graph.set(to, new Set());
  graph.get(from)!.add(to);
}

const out: string[] = [];
const print = (line = ''): void => {
  out.push(line);
};
const section = (title: string, count: number | string, note = ''): void => {
  print();
  print(`${title}: ${count}${note ? `  ${note}` : ''}`);
};

const files = sourceFiles();
const failures: string[] = [];

// Layers.
const violations: { file: string; line: number; target: string; reason: string; typeOnly: boolean }[] = [];
const mainFolders = new Map<string, number>();
for (const file of files) {
  const from = mainFolderOf(file.path);
  if (from === null) continue;
  mainFolders.set(from, (mainFolders.get(from) ?? 0) + 1);
  for (const edge of file.resolved) {
    if (edge.target === null) continue;
    const to = mainFolderOf(edge.target);
    const reason =
      to === null ? outsideViolation(layerConfig, edge.target) : layerViolation(layerConfig, from, to);
    if (reason)
      violations.push({
        file: file.path,
        line: edge.line,
        target: edge.target,
        reason,
        typeOnly: edge.typeOnly,
      });
  }
}
section('layer violations', violations.length, '(rules: scripts/arch/layers.mjs)');
const byReason = new Map<string, typeof violations>();
for (const violation of violations)
  byReason.set(violation.reason, [...(byReason.get(violation.reason) ?? []), violation]);
for (const [reason, group] of [...byReason].sort(([a], [b]) => a.localeCompare(b))) {
  print(`  ${reason}`);
  for (const v of group) print(`    ${v.file}:${v.line} → ${v.target}${v.typeOnly ? '  (type)' : ''}`);
}
if (violations.length > 0) failures.push('layer violations');

const unknown = unknownFolders(layerConfig, mainFolders.keys());
section('unknown folders', unknown.length, unknown.length ? '(not placed in scripts/arch/layers.mjs)' : '');
for (const folder of unknown) {
  print(
    `  ${folder === '' ? '(files directly in src/main)' : `src/main/${folder}/`}  ${mainFolders.get(folder)} file${mainFolders.get(folder) === 1 ? '' : 's'}`,
  );
}
if (unknown.length > 0) failures.push('unknown folders');

// Cycles.
const folderGraph = new Map<string, Set<string>>();
const fileGraph = new Map<string, Set<string>>();
const typeOnlyEdges = new Set<string>();
for (const file of files) {
  fileGraph.set(file.path, fileGraph.get(file.path) ?? new Set());
  for (const edge of file.resolved) {
    if (edge.target === null || isTest(edge.target)) continue;
    addEdge(fileGraph, file.path, edge.target);
    if (edge.typeOnly) typeOnlyEdges.add(`${file.path}\n${edge.target}`);
    const from = mainFolderOf(file.path);
    const to = mainFolderOf(edge.target);
    if (from !== null && to !== null && from !== to) addEdge(folderGraph, from, to);
  }
}
// A pair counts as type-only only when every import between them is.
for (const file of files) {
  for (const edge of file.resolved) {
    if (edge.target !== null && !edge.typeOnly) typeOnlyEdges.delete(`${file.path}\n${edge.target}`);
  }
}

const folderCycles = findCycles(folderGraph as Graph);
const tangles = (cycles: readonly Cycle[]): string[][] =>
  [...new Set(cycles.map((c) => c.component))].map((c) => [...c]);
section(
  'folder cycles',
  folderCycles.length,
  '(among src/main folders; the shortest through each folder caught in one)',
);
for (const cycle of folderCycles) print(`  ${cycle.path.join(' → ')}`);
for (const tangle of tangles(folderCycles))
  print(`  tangle of ${tangle.length} folders: ${tangle.join(', ')}`);

const fileCycles = findCycles(fileGraph as Graph);
section('file cycles', fileCycles.length, '(across src/; "type" marks an import of types only)');
for (const cycle of fileCycles) {
  let text = cycle.path[0] ?? '';
  for (let i = 1; i < cycle.path.length; i += 1) {
    const typeOnly = typeOnlyEdges.has(`${cycle.path[i - 1]}\n${cycle.path[i]}`);
    text += `${typeOnly ? ' →(type) ' : ' → '}${cycle.path[i]}`;
  }
  print(`  ${text}`);
}
for (const tangle of tangles(fileCycles)) print(`  tangle of ${tangle.length} files: ${tangle.join(', ')}`);
if (folderCycles.length + fileCycles.length > 0) failures.push('cycles');

// Long files.
const longFiles = files.filter(
  (file) =>
    file.lineCount > settings.maxLines && !settings.longFileExempt.some((pattern) => pattern.test(file.path)),
);
section(`files over ${settings.maxLines} lines`, longFiles.length);
for (const file of [...longFiles].sort((a, b) => b.lineCount - a.lineCount))
  print(`  ${file.lineCount}  ${file.path}`);
if (strict && longFiles.length > 0) failures.push('long files');

// SQL outside repositories.
const sqlOutside = files.filter(
  (file) =>
    mainFolderOf(file.path) !== null &&
    file.sqlCalls.length > 0 &&
    !settings.sqlHome.some((pattern) => pattern.test(file.path)),
);
const sqlCount = sqlOutside.reduce((sum, file) => sum + file.sqlCalls.length, 0);
section('SQL outside repositories', sqlCount, sqlCount ? `(in ${sqlOutside.length} files)` : '');
for (const file of [...sqlOutside].sort(
  (a, b) => b.sqlCalls.length - a.sqlCalls.length || a.path.localeCompare(b.path),
)) {
  print(
    `  ${String(file.sqlCalls.length).padStart(3)}  ${file.path}  lines ${file.sqlCalls.map((call) => call.line).join(', ')}`,
  );
}
if (strict && sqlCount > 0) failures.push('SQL outside repositories');

// Dead exports.
if (skipKnip) {
  section('dead exports', 'not measured', '(--no-knip)');
} else {
  const dead = runKnip(root);
  if ('error' in dead) {
    section('dead exports', 'not measured', `(${dead.error})`);
    failures.push('dead exports not measured');
  } else {
    section('dead exports', dead.length, '(knip, configured in knip.jsonc)');
    for (const item of dead) {
      print(`  ${item.file}${item.line === undefined ? '' : `:${item.line}`}  ${item.name}  (${item.kind})`);
    }
    if (dead.length > 0) failures.push('dead exports');
  }
}

const unresolved = files.flatMap((file) =>
  file.resolved
    .filter((edge) => edge.target === null)
    .map((edge) => `${file.path}:${edge.line} '${edge.specifier}'`),
);
if (unresolved.length > 0) {
  section('unresolved relative imports', unresolved.length, '(not judged above)');
  for (const line of unresolved) print(`  ${line}`);
}

print();
print(
  failures.length === 0
    ? `arch: clean${strict ? ' (strict)' : ''}`
    : `arch: failing on ${failures.join(', ')}${strict ? ' (strict)' : ''}`,
);
console.log(out.join('\n').trimStart());
process.exitCode = failures.length === 0 ? 0 : 1;
