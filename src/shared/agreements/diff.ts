// What changed between two versions of an agreement, section by section, as
// lines kept, added and removed.
import type { AgreementData } from './model';
import { agreementSections } from './sections';

export type DiffOp = 'same' | 'added' | 'removed';

export interface DiffLine {
  op: DiffOp;
  text: string;
}

export interface SectionDiff {
  key: string;
  title: string;
  status: 'unchanged' | 'changed' | 'added' | 'removed';
  lines: DiffLine[];
}

/** Line diff by longest common subsequence (sections are short). */
export function diffLines(before: readonly string[], after: readonly string[]): DiffLine[] {
  const n = before.length;
  const m = after.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] =
        before[i] === after[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      out.push({ op: 'same', text: before[i]! });
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) out.push({ op: 'removed', text: before[i++]! });
    else out.push({ op: 'added', text: after[j++]! });
  }
  while (i < n) out.push({ op: 'removed', text: before[i++]! });
  while (j < m) out.push({ op: 'added', text: after[j++]! });
  return out;
}

export function diffAgreements(
  before: AgreementData,
  after: AgreementData,
  nameOf: (organisationId: number) => string,
): SectionDiff[] {
  const a = agreementSections(before, nameOf);
  const b = agreementSections(after, nameOf);
  const beforeByKey = new Map(a.map((s) => [s.key, s]));
  const afterKeys = new Set(b.map((s) => s.key));
  const out: SectionDiff[] = b.map((section) => {
    const old = beforeByKey.get(section.key);
    if (!old)
      return {
        key: section.key,
        title: section.title,
        status: 'added',
        lines: section.lines.map((text) => ({ op: 'added', text })),
      };
    const lines = diffLines(old.lines, section.lines);
    const changed = lines.some((l) => l.op !== 'same') || old.title !== section.title;
    return { key: section.key, title: section.title, status: changed ? 'changed' : 'unchanged', lines };
  });
  // Sections only in the older version (a removed clause) follow, in their old order.
  for (const section of a) {
    if (!afterKeys.has(section.key)) {
      out.push({
        key: section.key,
        title: section.title,
        status: 'removed',
        lines: section.lines.map((text) => ({ op: 'removed', text })),
      });
    }
  }
  return out;
}
