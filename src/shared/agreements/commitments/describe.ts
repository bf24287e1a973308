// A commitment's kind and target in Swedish words: the agreement's text
// version, its diff (so an amendment of a target reads "minst 4 per år" →
// "minst 5 per år") and the reports use the same words.
import type { Commitment, CommitmentMeasure, CommitmentTarget } from './commitment';

const measureWords: Record<CommitmentMeasure, string> = {
  tickOffs: 'bockas av för hand',
  groupsStarted: 'räknas: grupper som startat',
  childrenEnrolled: 'räknas: barn i grupperna',
  childrenCompleted: 'räknas: barn som fullföljt',
  sessionsHeld: 'räknas: genomförda träffar',
};

export function describeTarget(t: CommitmentTarget): string {
  const per = t.per === 'year' ? 'per år' : 'per termin';
  const count = t.comparison === 'atLeast' ? `minst ${t.count}` : t.comparison === 'about' ? `cirka ${t.count}` : `${t.count}`;
  const tolerance = t.comparison === 'about' ? ` (±${t.tolerancePercent} %)` : '';
  return `${count} ${per}${tolerance}, ${measureWords[t.measure]}`;
}

/** The kind in words; empty for a commitment not yet structured. */
export function describeCommitmentKind(c: Pick<Commitment, 'kind' | 'target' | 'dueDate' | 'appendixIndex'>): string {
  const appendix = c.appendixIndex === null ? '' : `bilaga ${c.appendixIndex + 1}, `;
  switch (c.kind) {
    case 'recurring':
      return `${appendix}återkommande: ${c.target ? describeTarget(c.target) : 'mål saknas'}`;
    case 'oneOff':
      return `${appendix}engångsåtagande, klart senast ${c.dueDate ?? '(datum saknas)'}`;
    case 'ongoing':
      return `${appendix}löpande, följs upp vid varje uppföljning`;
    case 'unknown':
      return appendix === '' ? '' : appendix.slice(0, -2);
  }
}
