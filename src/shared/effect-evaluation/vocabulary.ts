// The fixed word lists of effect evaluation (stored values; the UI shows
// Swedish labels for them).

/** Who answers an instrument: the child, the foster family, the group leader. */
export const respondents = ['child', 'fosterFamily', 'groupLeader'] as const;
export type Respondent = (typeof respondents)[number];

/** When an instrument is answered: before the first session, after the last, at a follow-up. */
export const occasions = ['before', 'after', 'followUp'] as const;
export type Occasion = (typeof occasions)[number];

/** How a total or subscale is computed from its (reverse-scored) items. */
export const scoreMethods = ['sum', 'mean'] as const;
export type ScoreMethod = (typeof scoreMethods)[number];

/** The two comparisons a result can show: before → after, before → follow-up. */
export const comparisons = ['after', 'followUp'] as const;
export type Comparison = (typeof comparisons)[number];

export const respondentLabels: Record<Respondent, string> = {
  child: 'Barnet',
  fosterFamily: 'Familjehemmet',
  groupLeader: 'Gruppledaren',
};

export const comparisonLabels: Record<Comparison, string> = {
  after: 'Före → efter',
  followUp: 'Före → uppföljning',
};
