// Deficiencies, the rescission that rests on one, and disputes, on the three
// agreements of DOMAIN.md.
import { describe, expect, test } from 'vitest';
import {
  malmoRegionRedCross,
  pureIds,
  stockholmBris,
  umbrella,
} from '../../../test/support/agreements/fixtures';
import {
  closeDisputeProblems,
  deficiencyProblems,
  endsOnFailedDialogue,
  outcomeProblems,
  recordsBreaches,
  rescissionGroundProblems,
  rescissionGrounds,
  type DeficiencyFacts,
} from './deficiencies';

const open = (id: number, remedyBy: string, extra: Partial<DeficiencyFacts> = {}): DeficiencyFacts => ({
  id,
  organisationId: pureIds.redCross,
  foundOn: '2022-03-01',
  remedyBy,
  outcome: 'open',
  outcomeOn: null,
  ...extra,
});

describe('recording a deficiency (brist)', () => {
  test('Malmö–Region Skåne–Röda Korset: Röda Korset, found 2022-03-01, to remedy by 2022-04-15', () => {
    const data = malmoRegionRedCross();
    const input = { organisationId: pureIds.redCross, foundOn: '2022-03-01', remedyBy: '2022-04-15' };
    expect(deficiencyProblems(data, input, '2022-03-02')).toEqual({});
    // The same day as the deadline is allowed (an immediate remedy).
    expect(deficiencyProblems(data, { ...input, remedyBy: '2022-03-01' }, '2022-03-02')).toEqual({});
  });

  test('refuses a deadline before the day found, a party that is not a party, a future or pre-start date', () => {
    const data = malmoRegionRedCross();
    expect(
      deficiencyProblems(
        data,
        { organisationId: pureIds.bris, foundOn: '2022-03-01', remedyBy: '2022-02-28' },
        '2022-03-02',
      ),
    ).toEqual({ organisationId: 'agreements.notAParty', remedyBy: 'deficiencies.deadlineBeforeFound' });
    expect(
      deficiencyProblems(
        data,
        { organisationId: pureIds.malmo, foundOn: '2022-03-05', remedyBy: '2022-04-01' },
        '2022-03-02',
      ),
    ).toEqual({ foundOn: 'agreements.dateInFuture' });
    expect(
      deficiencyProblems(
        data,
        { organisationId: pureIds.malmo, foundOn: '2020-12-31', remedyBy: '2021-02-01' },
        '2022-03-02',
      ),
    ).toEqual({ foundOn: 'agreements.beforeStart' });
  });

  test('only while the agreement binds the parties: signed, active or under notice', () => {
    expect(['signed', 'active', 'terminated'].every((s) => recordsBreaches(s as never))).toBe(true);
    expect(
      ['draft', 'forDecision', 'decided', 'ended', 'rescinded'].some((s) => recordsBreaches(s as never)),
    ).toBe(false);
  });
});

describe('the outcome', () => {
  const deficiency = open(1, '2022-04-15');
  test('remedied on a day from the day found up to today', () => {
    expect(outcomeProblems(deficiency, { outcome: 'remedied', date: '2022-04-01' }, '2022-04-02')).toEqual(
      {},
    );
    expect(outcomeProblems(deficiency, { outcome: 'remedied', date: '2022-02-01' }, '2022-04-02')).toEqual({
      date: 'deficiencies.outcomeBeforeFound',
    });
    expect(outcomeProblems(deficiency, { outcome: 'remedied', date: null }, '2022-04-02')).toEqual({
      date: 'deficiencies.outcomeDateRequired',
    });
    expect(outcomeProblems(deficiency, { outcome: 'remedied', date: '2022-04-03' }, '2022-04-02')).toEqual({
      date: 'agreements.dateInFuture',
    });
  });

  test('not remedied only once the deadline has passed (from the day after it)', () => {
    expect(outcomeProblems(deficiency, { outcome: 'notRemedied', date: '2022-04-15' }, '2022-05-01')).toEqual(
      {
        date: 'deficiencies.notRemediedBeforeDeadline',
      },
    );
    expect(outcomeProblems(deficiency, { outcome: 'notRemedied', date: '2022-04-16' }, '2022-05-01')).toEqual(
      {},
    );
    expect(outcomeProblems(deficiency, { outcome: 'open', date: null }, '2022-05-01')).toEqual({});
  });
});

describe('rescission (hävning) rests on a deficiency past its deadline, not remedied', () => {
  const deficiencies = [
    open(1, '2022-04-15'),
    open(2, '2022-03-10', { outcome: 'remedied', outcomeOn: '2022-03-09' }),
    open(3, '2022-03-10', { outcome: 'notRemedied', outcomeOn: '2022-03-11' }),
  ];
  test('refused before the deadline has passed, allowed the day after', () => {
    expect(rescissionGroundProblems(deficiencies, { date: '2022-04-15', deficiencyId: 1 })).toEqual({
      'rescission.deficiencyId': 'rescission.deadlineNotPassed',
    });
    expect(rescissionGroundProblems(deficiencies, { date: '2022-04-16', deficiencyId: 1 })).toEqual({});
  });

  test('refused without a deficiency, on another agreement’s, or on a remedied one', () => {
    expect(rescissionGroundProblems(deficiencies, { date: '2022-05-01', deficiencyId: null })).toEqual({
      'rescission.deficiencyId': 'rescission.deficiencyRequired',
    });
    expect(rescissionGroundProblems(deficiencies, { date: '2022-05-01', deficiencyId: 99 })).toEqual({
      'rescission.deficiencyId': 'rescission.deficiencyRequired',
    });
    expect(rescissionGroundProblems(deficiencies, { date: '2022-05-01', deficiencyId: 2 })).toEqual({
      'rescission.deficiencyId': 'rescission.deficiencyRemedied',
    });
  });

  test('the form offers only what can ground a rescission on the date', () => {
    expect(rescissionGrounds(deficiencies, '2022-04-01').map((d) => d.id)).toEqual([3]);
    expect(rescissionGrounds(deficiencies, '2022-04-16').map((d) => d.id)).toEqual([1, 3]);
  });
});

describe('disputes (tvist)', () => {
  test('only the support-group agreement ends when the dialogue fails', () => {
    expect(endsOnFailedDialogue(stockholmBris())).toBe(true);
    expect(endsOnFailedDialogue(malmoRegionRedCross())).toBe(false);
    expect(endsOnFailedDialogue(umbrella())).toBe(false);
  });

  test('closing: not before it opened, not in the future, once only; a failed dialogue only where the terms say so', () => {
    const dispute = { openedOn: '2017-09-01', outcome: 'open' as const };
    expect(
      closeDisputeProblems(
        stockholmBris(),
        dispute,
        { outcome: 'dialogueFailed', date: '2017-10-01' },
        '2017-10-02',
      ),
    ).toEqual({});
    expect(
      closeDisputeProblems(
        umbrella(),
        dispute,
        { outcome: 'dialogueFailed', date: '2017-10-01' },
        '2017-10-02',
      ),
    ).toEqual({
      outcome: 'disputes.termsDoNotEnd',
    });
    expect(
      closeDisputeProblems(umbrella(), dispute, { outcome: 'resolved', date: '2017-08-31' }, '2017-10-02'),
    ).toEqual({
      date: 'disputes.closedBeforeOpened',
    });
    expect(
      closeDisputeProblems(umbrella(), dispute, { outcome: 'resolved', date: '2017-10-03' }, '2017-10-02'),
    ).toEqual({
      date: 'agreements.dateInFuture',
    });
    expect(
      closeDisputeProblems(
        umbrella(),
        { ...dispute, outcome: 'resolved' },
        { outcome: 'resolved', date: '2017-10-01' },
        '2017-10-02',
      ),
    ).toEqual({ disputeId: 'disputes.alreadyClosed' });
  });
});
