// The deadline calendar and payment schedule of an agreement that has
// changed over time: each dated item comes from the view in force on its date,
// so an extension continues the schedule and a budget change applies from the
// day it takes effect. The extension deadline is closed by a decision on it
// and disappears once the agreement's extension terms are used up.
import { deriveCalendar, extensionDecisionKey, type CalendarInput, type CalendarItem } from '../calendar';
import type { IsoDate } from '../../dates';
import type { AgreementData } from '../model';
import { deriveSchedule, type Instalment } from '../payments';
import { piecewise, type Segment } from './in-force';

export interface LifeDates {
  /** The latest end the extension terms allow; null without extension terms. */
  latestExtendedEnd: IsoDate | null;
  /** End dates a decision on extension has been taken for. */
  decidedEnds: ReadonlySet<IsoDate>;
}

export const scheduleInForce = (segments: readonly Segment[]): Instalment[] =>
  piecewise(
    segments,
    (d) => deriveSchedule(d.economy, d.period),
    (i) => i.dueDate,
  );

export function calendarInForce(
  segments: readonly Segment[],
  input: Omit<CalendarInput, 'data' | 'schedule'>,
  life: LifeDates,
  today: IsoDate,
  horizonDays?: number,
): CalendarItem[] {
  const forView = (data: AgreementData, schedule: readonly Instalment[]) => {
    const completed = new Set(input.completed);
    if (life.decidedEnds.has(data.period.end)) completed.add(extensionDecisionKey);
    const extendable = life.latestExtendedEnd !== null && data.period.end < life.latestExtendedEnd;
    return deriveCalendar({ ...input, data, completed, schedule }, today, horizonDays, {
      sorted: false,
    }).filter((item) => item.kind !== 'extensionDecision' || extendable || item.state === 'done');
  };
  const dated = piecewise(
    segments,
    (data) => forView(data, []),
    (item) => item.date,
  );
  const last = segments[segments.length - 1]!.data;
  const payments = forView(last, scheduleInForce(segments)).filter((i) => i.kind === 'payment');
  return [...dated, ...payments].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.key < b.key ? -1 : 1,
  );
}
