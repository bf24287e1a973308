// A commitment (åtagande) that can be followed up (DOMAIN.md, "Following up
// commitments"): it belongs to a party, or to that party's appendix in an
// umbrella partnership, keeps its text, and has a kind. A recurring one has a
// target per year or per term ("3 per år", "minst 4", "cirka 40" with a
// tolerance), counted by the app from the support-group records of the
// agreement's groups or ticked off by hand. A one-off one has a due date; an
// ongoing one is checked at each follow-up. `unknown`: carried over from the
// text-only list, nothing invented; it is shown as "not yet structured".
import type { IsoDate } from '../../dates';

export const commitmentKinds = ['recurring', 'oneOff', 'ongoing', 'unknown'] as const;
export type CommitmentKind = (typeof commitmentKinds)[number];

/** Year: the calendar year; term: spring (Jan–Jun) and autumn (Jul–Dec), as governance cadences. */
export const targetPeriods = ['year', 'term'] as const;
export type TargetPeriod = (typeof targetPeriods)[number];

/** "3 per år" (exactly), "minst 4" (at least), "cirka 40" (about, within the tolerance). More is met in all three. */
export const targetComparisons = ['exactly', 'atLeast', 'about'] as const;
export type TargetComparison = (typeof targetComparisons)[number];

/** What is counted: tick-offs by hand, or a figure from the support-group records. */
export const commitmentMeasures = [
  'tickOffs',
  'groupsStarted',
  'childrenEnrolled',
  'childrenCompleted',
  'sessionsHeld',
] as const;
export type CommitmentMeasure = (typeof commitmentMeasures)[number];
export type CountedMeasure = Exclude<CommitmentMeasure, 'tickOffs'>;

export const defaultTolerancePercent = 10;

export interface CommitmentTarget {
  count: number;
  per: TargetPeriod;
  comparison: TargetComparison;
  /** For `about`: how far under the count still meets it, in per cent. */
  tolerancePercent: number;
  measure: CommitmentMeasure;
}

export interface Commitment {
  /** Stable within the agreement: tick-offs and deficiencies refer to it. */
  key: string;
  organisationId: number;
  /** In an umbrella partnership: the appendix (its place in the list) the commitment sits in; null: the main text. */
  appendixIndex: number | null;
  text: string;
  kind: CommitmentKind;
  /** Recurring only. */
  target: CommitmentTarget | null;
  /** One-off only. */
  dueDate: IsoDate | null;
}

/** A commitment as the text-only list had it: its text, nothing invented. */
export const textOnlyCommitment = (organisationId: number, text: string, key: string): Commitment => ({
  key,
  organisationId,
  appendixIndex: null,
  text,
  kind: 'unknown',
  target: null,
  dueDate: null,
});

/** A recurring target; `about` gets the default tolerance. */
export const target = (
  count: number,
  per: TargetPeriod,
  comparison: TargetComparison,
  measure: CommitmentMeasure = 'tickOffs',
): CommitmentTarget => ({
  count,
  per,
  comparison,
  tolerancePercent: comparison === 'about' ? defaultTolerancePercent : 0,
  measure,
});

/**
 * Commitments as stored before they were structured (amendments' and
 * versions' JSON): `{organisationId, text}` becomes a text-only commitment
 * with a key from its place; structured ones are kept as they are.
 */
export function normaliseCommitments(list: readonly unknown[]): Commitment[] {
  return list.map((item, index) => {
    const c = item as Partial<Commitment> & { organisationId: number; text: string };
    if (c.kind && c.key) return c as Commitment;
    return textOnlyCommitment(c.organisationId, c.text, c.key ?? `c${index + 1}`);
  });
}

/** A key not yet used by the list: c1, c2, … */
export function nextCommitmentKey(list: readonly Pick<Commitment, 'key'>[]): string {
  const used = new Set(list.map((c) => c.key));
  let n = list.length + 1;
  while (used.has(`c${n}`)) n++;
  return `c${n}`;
}

/** Stored agreement data or sections (versions, amendments) with their commitments as structured ones. */
export function withStructuredCommitments<T extends { commitments?: readonly unknown[] | undefined }>(data: T): T {
  return data.commitments === undefined ? data : { ...data, commitments: normaliseCommitments(data.commitments) };
}
