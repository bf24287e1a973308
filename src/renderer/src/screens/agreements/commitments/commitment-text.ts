// A followed-up commitment's target, period and progress in the UI's words.
import type { CommitmentFollowUp } from '../../../../../shared/ipc/agreements/commitments';
import type { Translate } from '../../../i18n/translate';

type T = Translate;

export function targetText(c: Pick<CommitmentFollowUp, 'kind' | 'target' | 'dueDate'>, t: T): string {
  if (c.kind === 'oneOff') return c.dueDate ? t('cmt.due', { date: c.dueDate }) : t('cmt.kind.oneOff');
  if (c.kind === 'ongoing') return t('cmt.kind.ongoing');
  if (c.kind === 'unknown' || !c.target) return '–';
  const { count, per, comparison, tolerancePercent, measure } = c.target;
  const amount =
    comparison === 'exactly' ? String(count) : `${t(`cmt.comparison.${comparison}`)} ${count}`;
  const tolerance = comparison === 'about' ? ` (±${tolerancePercent} %)` : '';
  return `${amount} / ${t(`cmt.per.${per}`)}${tolerance}, ${t(`cmt.measure.${measure}`)}`;
}

export function periodText(c: Pick<CommitmentFollowUp, 'period'>, t: T): string {
  if (!c.period) return '–';
  const year = String(c.period.year);
  if (c.period.term === 1) return t('cmt.termSpring', { year });
  if (c.period.term === 2) return t('cmt.termAutumn', { year });
  return t('cmt.year', { year });
}

export function progressText(c: CommitmentFollowUp, t: T): string {
  if (c.kind === 'unknown') return '–';
  if (c.kind !== 'recurring') return t('cmt.checked', { count: c.achieved });
  const values = { achieved: String(c.achieved), required: String(c.required), expected: String(c.expectedByNow) };
  return c.status === 'met' || c.status === 'notMet' ? t('cmt.progressDone', values) : t('cmt.progressOf', values);
}

export const statusColor = { met: 'green', onTrack: 'blue', atRisk: 'orange', notMet: 'red', unstructured: 'gray' } as const;
