// Long runs of unchanged lines in a diff (a budget of many years) folded into a
// count, keeping `context` lines on each side of every change.
interface Line {
  op: 'same' | 'added' | 'removed';
  text: string;
}

/** The lines with every unchanged line further than `context` from a change folded into a count. */
export function foldUnchanged(
  lines: readonly Line[],
  context: number,
): (Line | { op: 'folded'; count: number })[] {
  const near = (i: number) =>
    lines.slice(Math.max(0, i - context), i + context + 1).some((l) => l.op !== 'same');
  const out: (Line | { op: 'folded'; count: number })[] = [];
  lines.forEach((line, i) => {
    if (line.op !== 'same' || near(i)) return void out.push(line);
    const last = out.at(-1);
    if (last?.op === 'folded') last.count++;
    else out.push({ op: 'folded', count: 1 });
  });
  return out;
}
