// Each commitment kind's status per period, with DOMAIN.md's figures: three
// information breakfasts a year, at least four groups a year, about 40
// children a year (±10 %: 36 meets it), a contact list per term.
import { describe, expect, test } from 'vitest';
import { target, textOnlyCommitment, type Commitment } from './commitment';
import { followUpCommitments } from './follow-up';
import { commitmentStatus, periodAt, periodsOf, required } from './status';

const agreement = { start: '2026-01-01', end: '2027-12-31' };
const year2026 = periodAt('year', agreement, '2026-05-01');
const recurring = (t: Commitment['target']): Pick<Commitment, 'kind' | 'target' | 'dueDate'> => ({
  kind: 'recurring',
  target: t,
  dueDate: null,
});
const breakfasts = recurring(target(3, 'year', 'exactly'));
const groups = recurring(target(4, 'year', 'atLeast', 'groupsStarted'));
const children = recurring(target(40, 'year', 'about', 'childrenEnrolled'));

describe('follow-up periods', () => {
  test('a year, a term, cut to the agreement and prorated', () => {
    expect(year2026).toMatchObject({ start: '2026-01-01', end: '2026-12-31', share: 1, year: 2026, term: null });
    expect(periodAt('term', agreement, '2026-08-15')).toMatchObject({ start: '2026-07-01', end: '2026-12-31', term: 2 });
    expect(periodsOf('term', agreement)).toHaveLength(4);
    const closing = periodAt('year', { start: '2024-01-01', end: '2024-06-30' }, '2024-03-01');
    expect(closing.end).toBe('2024-06-30');
    expect(closing.share).toBeCloseTo(182 / 366);
    // At least four groups a year over half a year: two.
    expect(required(target(4, 'year', 'atLeast'), closing.share)).toBe(2);
  });

  test('"about 40" is met from 36 (the default ±10 %)', () => {
    expect(required(target(40, 'year', 'about'))).toBe(36);
    expect(required({ ...target(40, 'year', 'about'), tolerancePercent: 0 })).toBe(40);
  });
});

describe('recurring: 3 breakfasts a year', () => {
  test('met once three are done, whenever in the year', () => {
    expect(commitmentStatus(breakfasts, year2026, '2026-03-01', 3).status).toBe('met');
  });
  test('on track with one by mid-year (1.5 due, rounded down to 1), at risk with none', () => {
    expect(commitmentStatus(breakfasts, year2026, '2026-07-01', 1)).toMatchObject({
      status: 'onTrack',
      expectedByNow: 1,
      required: 3,
    });
    expect(commitmentStatus(breakfasts, year2026, '2026-07-01', 0).status).toBe('atRisk');
  });
  test('nothing is expected in the first months; not met once the year is over', () => {
    expect(commitmentStatus(breakfasts, year2026, '2026-02-01', 0).status).toBe('onTrack');
    expect(commitmentStatus(breakfasts, year2026, '2027-01-01', 2).status).toBe('notMet');
  });
});

describe('recurring: at least 4 groups, about 40 children a year', () => {
  test('groups: 2 by July is on track, 1 is at risk, 5 is met', () => {
    expect(commitmentStatus(groups, year2026, '2026-07-02', 2).status).toBe('onTrack');
    expect(commitmentStatus(groups, year2026, '2026-07-02', 1).status).toBe('atRisk');
    expect(commitmentStatus(groups, year2026, '2026-07-02', 5).status).toBe('met');
  });
  test('children: 36 meets "about 40"; 20 by October is at risk (27 expected)', () => {
    expect(commitmentStatus(children, year2026, '2026-12-31', 36).status).toBe('met');
    expect(commitmentStatus(children, year2026, '2026-10-01', 20)).toMatchObject({
      status: 'atRisk',
      expectedByNow: 27,
    });
    expect(commitmentStatus(children, year2026, '2026-10-01', 27).status).toBe('onTrack');
    expect(commitmentStatus(children, year2026, '2027-01-01', 35).status).toBe('notMet');
  });
});

describe('one-off and ongoing', () => {
  const plan: Pick<Commitment, 'kind' | 'target' | 'dueDate'> = { kind: 'oneOff', target: null, dueDate: '2026-03-31' };
  test('a one-off: on track, at risk within 30 days of its due date, not met after, met when done', () => {
    expect(commitmentStatus(plan, year2026, '2026-01-15', 0).status).toBe('onTrack');
    expect(commitmentStatus(plan, year2026, '2026-03-10', 0).status).toBe('atRisk');
    expect(commitmentStatus(plan, year2026, '2026-04-01', 0).status).toBe('notMet');
    expect(commitmentStatus(plan, year2026, '2026-04-01', 1).status).toBe('met');
  });
  test('an ongoing one is met when checked in the period, at risk near its end unchecked', () => {
    const premises = { kind: 'ongoing', target: null, dueDate: null } as const;
    expect(commitmentStatus(premises, year2026, '2026-05-01', 1).status).toBe('met');
    expect(commitmentStatus(premises, year2026, '2026-05-01', 0).status).toBe('onTrack');
    expect(commitmentStatus(premises, year2026, '2026-12-10', 0).status).toBe('atRisk');
    expect(commitmentStatus(premises, year2026, '2027-01-02', 0).status).toBe('notMet');
  });
  test('a text-only commitment is flagged, never given a status it has no target for', () => {
    const old = textOnlyCommitment(1, 'Något som lovats', 'c1');
    expect(commitmentStatus(old, year2026, '2026-05-01', 9).status).toBe('unstructured');
  });
});

describe('followUpCommitments: counts and tick-offs in the period', () => {
  const org = 7;
  const city = 3;
  const commitments: Commitment[] = [
    { key: 'groups', organisationId: org, appendixIndex: null, text: 'Minst fyra grupper', kind: 'recurring', target: target(4, 'year', 'atLeast', 'groupsStarted'), dueDate: null },
    { key: 'breakfast', organisationId: org, appendixIndex: null, text: 'Frukost', kind: 'recurring', target: target(3, 'year', 'exactly'), dueDate: null },
    { key: 'lists', organisationId: city, appendixIndex: null, text: 'Kontaktlistor', kind: 'recurring', target: target(1, 'term', 'atLeast'), dueDate: null },
  ];
  test('only this period, only this party, only up to today', () => {
    const result = followUpCommitments(
      {
        commitments,
        period: agreement,
        runningParties: new Set([org]),
        counts: [
          { organisationId: org, measure: 'groupsStarted', day: '2025-11-01', n: 3 },
          { organisationId: org, measure: 'groupsStarted', day: '2026-02-01', n: 1 },
          { organisationId: 99, measure: 'groupsStarted', day: '2026-02-01', n: 5 },
          { organisationId: null, measure: 'groupsStarted', day: '2026-03-01', n: 1 },
          { organisationId: org, measure: 'groupsStarted', day: '2026-09-01', n: 2 },
        ],
        tickOffs: [
          { key: 'breakfast', day: '2026-03-12' },
          { key: 'lists', day: '2026-02-01' },
        ],
      },
      '2026-08-20',
    );
    expect(result.map((r) => [r.key, r.achieved, r.status])).toEqual([
      ['groups', 2, 'onTrack'],
      ['breakfast', 1, 'onTrack'],
      ['lists', 0, 'onTrack'],
    ]);
    expect(result[2]!.period).toEqual({ start: '2026-07-01', end: '2026-12-31', year: 2026, term: 2 });
  });
});
