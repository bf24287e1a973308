// The figures `npm run bench:all` gathers: a bench script calls `recordFigure`
// for each figure of the table it measures. When bench/all.ts runs
// the script it sets BENCH_FIGURES to a file; each figure becomes one JSON
// line there. Run on its own, a script records nothing and prints as before.
import { appendFileSync } from 'node:fs';

export interface BenchFigure {
  /** Stable key bench/all.ts orders and matches by, e.g. "search.p95". */
  key: string;
  /** What is measured, as the table shows it. */
  label: string;
  /** The figure as printed, e.g. "7.4 ms" or "1.32×". */
  value: string;
  /** The target as printed, e.g. "≤ 20 ms". */
  target: string;
  /** Whether the target is met; null when the figure has no target (a breakdown). */
  ok: boolean | null;
  note?: string;
}

export function recordFigure(figure: BenchFigure): void {
  const file = process.env.BENCH_FIGURES;
  if (file) appendFileSync(file, `${JSON.stringify(figure)}\n`);
}

export const fmtMs = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
export const fmtBytes = (n: number) =>
  n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(2)} MB`;
