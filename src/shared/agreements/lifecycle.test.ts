import { describe, expect, test } from 'vitest';
import {
  malmoRegionRedCross,
  pureIds,
  stockholmBris,
  umbrella,
  umbrellaTemplateDraft,
  withCriteria,
} from '../../../test/support/agreements/fixtures';
import { effectiveEnd, signatureProblems, transitionProblems, unsignedParties } from './lifecycle';
import type { AgreementStatus, Decision, LifecycleData } from './model';

const decision: Decision = { board: 'Socialnämnden', date: '2020-11-19', paragraph: '§ 123', proposal: '' };
const life = (status: AgreementStatus, extra: Partial<LifecycleData> = {}): LifecycleData => ({
  status,
  decision: null,
  signatures: [],
  noticeGiven: null,
  rescission: null,
  ...extra,
});
const sign = (organisationId: number) => ({
  organisationId,
  name: 'N N',
  title: 'Ordförande',
  place: 'Malmö',
  date: '2020-12-01',
});
const today = '2020-12-15';

describe('which status may follow which', () => {
  test('a draft cannot skip the decision', () => {
    const data = withCriteria(malmoRegionRedCross());
    for (const to of ['decided', 'signed', 'active', 'ended'] as const) {
      expect(transitionProblems(data, life('draft'), { to } as never, today)).toEqual({
        status: 'agreements.transitionNotAllowed',
      });
    }
  });

  test('ended and rescinded agreements are final', () => {
    const data = malmoRegionRedCross();
    expect(transitionProblems(data, life('ended'), { to: 'active' }, today)).toEqual({
      status: 'agreements.transitionNotAllowed',
    });
    expect(transitionProblems(data, life('rescinded'), { to: 'draft' }, today)).toEqual({
      status: 'agreements.transitionNotAllowed',
    });
  });

  test('an agreement for decision can go back to draft', () => {
    expect(transitionProblems(malmoRegionRedCross(), life('forDecision'), { to: 'draft' }, today)).toEqual(
      {},
    );
  });
});

describe('guards', () => {
  test('"för beslut" needs a justification for each of the six IOP criteria', () => {
    const data = malmoRegionRedCross();
    expect(transitionProblems(data, life('draft'), { to: 'forDecision' }, today)).toEqual({
      'criteria.ownInitiative': 'agreements.criterionMissing',
      'criteria.politicalProgramme': 'agreements.criterionMissing',
      'criteria.notAssociationGrant': 'agreements.criterionMissing',
      'criteria.noMarket': 'agreements.criterionMissing',
      'criteria.bothContribute': 'agreements.criterionMissing',
      'criteria.noDetailedRegulation': 'agreements.criterionMissing',
    });
    const almost = withCriteria(data);
    almost.criteria.noMarket = '   ';
    expect(transitionProblems(almost, life('draft'), { to: 'forDecision' }, today)).toEqual({
      'criteria.noMarket': 'agreements.criterionMissing',
    });
    expect(transitionProblems(withCriteria(data), life('draft'), { to: 'forDecision' }, today)).toEqual({});
  });

  test('"för beslut" lists clauses that disagree with their fields', () => {
    const draft = withCriteria(umbrellaTemplateDraft());
    expect(transitionProblems(draft, life('draft'), { to: 'forDecision' }, today)).toEqual({
      'clauses.0.economy.years': 'agreements.clauseBudgetMissing',
    });
    const unknownNotice = withCriteria(malmoRegionRedCross());
    unknownNotice.notice.months = null;
    expect(transitionProblems(unknownNotice, life('draft'), { to: 'forDecision' }, today)).toEqual({
      'clauses.3.notice.months': 'agreements.clauseNoticeMonthsMissing',
    });
  });

  test('a decision needs board, date and paragraph, and cannot be dated in the future', () => {
    const data = malmoRegionRedCross();
    // Region Skåne's board has decided; this is Malmö's, the last one.
    const facts = {
      decisions: [{ ...decision, board: 'Regionstyrelsen', organisationId: pureIds.regionSkane }],
    };
    expect(transitionProblems(data, life('forDecision'), { to: 'decided', decision }, today, facts)).toEqual(
      {},
    );
    expect(
      transitionProblems(
        data,
        life('forDecision'),
        { to: 'decided', decision: { ...decision, board: ' ', paragraph: '' } },
        today,
        facts,
      ),
    ).toEqual({ 'decision.board': 'field.required', 'decision.paragraph': 'field.required' });
    expect(
      transitionProblems(
        data,
        life('forDecision'),
        { to: 'decided', decision: { ...decision, date: '2021-01-01' } },
        today,
        facts,
      ),
    ).toEqual({
      'decision.date': 'agreements.dateInFuture',
    });
  });

  test('no signing before a decision', () => {
    const data = malmoRegionRedCross();
    expect(signatureProblems(data, life('forDecision'), pureIds.malmo)).toEqual({
      status: 'agreements.signBeforeDecision',
    });
    expect(signatureProblems(data, life('decided', { decision }), pureIds.malmo)).toEqual({});
    expect(signatureProblems(data, life('decided', { decision }), pureIds.bris)).toEqual({
      organisationId: 'agreements.notAParty',
    });
  });

  test('"undertecknad" needs the decision and at least one signature', () => {
    const data = malmoRegionRedCross();
    expect(transitionProblems(data, life('decided', { decision }), { to: 'signed' }, today)).toEqual({
      signatures: 'agreements.noSignatures',
    });
    expect(
      transitionProblems(
        data,
        life('decided', { decision, signatures: [sign(pureIds.malmo)] }),
        { to: 'signed' },
        today,
      ),
    ).toEqual({});
  });

  test('no activation without every party’s signature', () => {
    const data = malmoRegionRedCross();
    const two = life('signed', { decision, signatures: [sign(pureIds.malmo), sign(pureIds.redCross)] });
    expect(unsignedParties(data, two)).toEqual([pureIds.regionSkane]);
    expect(transitionProblems(data, two, { to: 'active' }, today)).toEqual({
      signatures: 'agreements.missingSignatures',
    });
    const all = life('signed', {
      decision,
      signatures: [sign(pureIds.malmo), sign(pureIds.redCross), sign(pureIds.regionSkane)],
    });
    expect(transitionProblems(data, all, { to: 'active' }, today)).toEqual({});
  });

  test('an agreement ends only once its end date has passed', () => {
    const data = malmoRegionRedCross();
    expect(transitionProblems(data, life('active'), { to: 'ended' }, '2024-12-30')).toEqual({
      status: 'agreements.notYetEnded',
    });
    expect(transitionProblems(data, life('active'), { to: 'ended' }, '2024-12-31')).toEqual({});
  });

  test('rescission (hävning) needs a reason, a date that has come and a deficiency past its deadline', () => {
    const data = malmoRegionRedCross();
    const facts = {
      deficiencies: [
        {
          id: 1,
          organisationId: pureIds.redCross,
          foundOn: '2022-03-01',
          remedyBy: '2022-04-15',
          outcome: 'open' as const,
          outcomeOn: null,
        },
      ],
    };
    expect(
      transitionProblems(
        data,
        life('active'),
        { to: 'rescinded', rescission: { date: '2022-05-01', reason: '', deficiencyId: 1 } },
        '2022-06-01',
        facts,
      ),
    ).toEqual({
      'rescission.reason': 'field.required',
    });
    expect(
      transitionProblems(
        data,
        life('active'),
        { to: 'rescinded', rescission: { date: '2022-05-01', reason: 'Upprepade brister', deficiencyId: 1 } },
        '2022-06-01',
        facts,
      ),
    ).toEqual({});
  });
});

describe('notice (uppsägning)', () => {
  test('the umbrella: notice moves the end to the notice date + 4 months', () => {
    const data = umbrella();
    const notice = {
      givenOn: '2025-02-10',
      byOrganisationId: pureIds.saveTheChildren,
      ongoingInterventions: 'Vårens grupp avslutas.',
    };
    expect(transitionProblems(data, life('active'), { to: 'terminated', notice }, '2025-02-10')).toEqual({});
    expect(effectiveEnd(data, notice)).toBe('2025-06-10');
    expect(effectiveEnd(data, null)).toBe('2026-12-31');
  });

  test('notice never extends the agreed end', () => {
    const data = umbrella();
    expect(
      effectiveEnd(data, {
        givenOn: '2026-11-01',
        byOrganisationId: pureIds.malmo,
        ongoingInterventions: '',
      }),
    ).toBe('2026-12-31');
  });

  test('an agreement without notice terms cannot be given notice; the notice must come from a party', () => {
    const data = malmoRegionRedCross();
    data.notice.months = null;
    const notice = { givenOn: '2022-02-01', byOrganisationId: pureIds.bris, ongoingInterventions: '' };
    expect(transitionProblems(data, life('active'), { to: 'terminated', notice }, '2022-03-01')).toEqual({
      'notice.months': 'agreements.noNoticeTerms',
      'notice.byOrganisationId': 'agreements.notAParty',
    });
  });

  test('no notice period (0) is a notice term: notice may be given and the end is the notice date', () => {
    const data = stockholmBris();
    expect(data.notice.months).toBe(0);
    const notice = {
      givenOn: '2017-09-01',
      byOrganisationId: pureIds.bris,
      ongoingInterventions: 'Höstens grupp',
    };
    expect(transitionProblems(data, life('active'), { to: 'terminated', notice }, '2017-09-01')).toEqual({});
    expect(effectiveEnd(data, notice)).toBe('2017-09-01');
  });
});
