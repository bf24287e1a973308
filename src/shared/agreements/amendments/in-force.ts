// The agreement as in force on a date: the original data, the amendments in
// force by then in the order they took effect, without the parties whose
// participation had ended. Everything dated (payment schedule, calendar) is
// derived piecewise: each dated item from the view in force on its date.
import { addDays, type IsoDate } from '../../dates';
import type { AgreementData } from '../model';
import { applyChanges, changesNothing, withoutParties } from './apply';
import type { Amendment } from './model';

export interface Segment {
  /** First day this view is in force ('' for the original, in force from the beginning). */
  from: IsoDate;
  data: AgreementData;
}

export interface PartyExit {
  organisationId: number;
  /** The last day of the party's participation. */
  endsOn: IsoDate;
}

export interface InForceInput {
  /** The data before the first amendment came into force. */
  original: AgreementData;
  /** The data as stored now: every amendment in force applied, with today's contacts and members. */
  current: AgreementData;
  amendments: readonly Amendment[];
  exits: readonly PartyExit[];
}

/** Amendments that change the agreement, in the order they take effect. */
export const inForceOrder = (amendments: readonly Amendment[]) =>
  amendments
    .filter((a) => a.status === 'inForce' && !changesNothing(a.changes))
    .sort((a, b) =>
      a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : a.number - b.number,
    );

export function segmentsOf(input: InForceInput): Segment[] {
  const ordered = inForceOrder(input.amendments);
  const views: Segment[] = [];
  let data = input.original;
  views.push({ from: '', data });
  ordered.forEach((a, i) => {
    data = i === ordered.length - 1 ? input.current : applyChanges(data, a.changes.after);
    views.push({ from: a.effectiveFrom, data });
  });
  if (ordered.length === 0) views[0] = { from: '', data: input.current };
  // A later view on the same day replaces the earlier one.
  const segments = views.filter((s, i) => i === views.length - 1 || views[i + 1]!.from !== s.from);
  return splitAtExits(segments, input.exits);
}

function splitAtExits(segments: Segment[], exits: readonly PartyExit[]): Segment[] {
  if (exits.length === 0) return segments;
  const cuts = [...new Set(exits.map((e) => addDays(e.endsOn, 1)))];
  const starts = [...new Set([...segments.map((s) => s.from), ...cuts])].sort();
  return starts.map((from) => {
    const base = viewOn(segments, from);
    const left = new Set(exits.filter((e) => e.endsOn < from).map((e) => e.organisationId));
    return { from, data: withoutParties(base, left) };
  });
}

/** The view in force on `date`. */
export function viewOn(segments: readonly Segment[], date: IsoDate): AgreementData {
  let found = segments[0]!.data;
  for (const s of segments) if (s.from <= date) found = s.data;
  return found;
}

/** Dated items derived from each view, each kept only where its date falls in that view's time. */
export function piecewise<T>(
  segments: readonly Segment[],
  derive: (data: AgreementData) => readonly T[],
  dateOf: (item: T) => IsoDate,
): T[] {
  if (segments.length === 1) return [...derive(segments[0]!.data)];
  return segments.flatMap((s, i) => {
    const until = segments[i + 1]?.from;
    return derive(s.data).filter(
      (item) => dateOf(item) >= s.from && (until === undefined || dateOf(item) < until),
    );
  });
}
