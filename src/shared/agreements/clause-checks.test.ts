import { describe, expect, test } from 'vitest';
import {
  malmoRegionRedCross,
  stockholmBris,
  umbrella,
  umbrellaTemplateDraft,
} from '../../../test/support/agreements/fixtures';
import { clauseProblems, printedClauses, problemsOfClause } from './clause-checks';
import type { AgreementData } from './model';
import { isMessageKey } from '../i18n/messages';

const change = (data: AgreementData, f: (d: AgreementData) => void) => {
  const copy = structuredClone(data);
  f(copy);
  return copy;
};
const indexOf = (data: AgreementData, key: string) => data.clauses.findIndex((c) => c.key === key);
const withClause = (data: AgreementData, text: string, key = 'extra') =>
  change(data, (d) => d.clauses.push({ key, heading: 'Övrigt', text }));

describe('clause checks: a clause resting on a blank field', () => {
  test('the three agreements as drafted and filled in have none', () => {
    expect(clauseProblems(stockholmBris())).toEqual({});
    expect(clauseProblems(malmoRegionRedCross())).toEqual({});
    expect(clauseProblems(umbrella())).toEqual({});
  });

  test('a notice clause with no notice period known', () => {
    const data = change(umbrella(), (d) => (d.notice.months = null));
    expect(clauseProblems(data)).toEqual({
      [`clauses.${indexOf(data, 'notice')}.notice.months`]: 'agreements.clauseNoticeMonthsMissing',
    });
  });

  test('a notice clause rewritten without placeholders is still a notice clause', () => {
    const data = change(umbrella(), (d) => {
      d.notice.months = null;
      d.clauses[indexOf(d, 'notice')]!.text = 'Parterna kan säga upp överenskommelsen.';
    });
    expect(clauseProblems(data)[`clauses.${indexOf(data, 'notice')}.notice.months`]).toBe(
      'agreements.clauseNoticeMonthsMissing',
    );
  });

  test('the last day to give notice in any clause needs the notice period', () => {
    const data = withClause(
      change(stockholmBris(), (d) => (d.notice.months = null)),
      'Sista dag: {{sista_uppsägningsdag}}.',
    );
    expect(clauseProblems(data)[`clauses.${data.clauses.length - 1}.notice.months`]).toBe(
      'agreements.clauseNoticeMonthsMissing',
    );
  });

  test('an extension clause without the longest extension, or without the decision months', () => {
    const i = indexOf(malmoRegionRedCross(), 'extension');
    expect(clauseProblems(change(malmoRegionRedCross(), (d) => (d.extension.maxYears = null)))).toEqual({
      [`clauses.${i}.extension.maxYears`]: 'agreements.clauseExtensionYearsMissing',
    });
    expect(
      clauseProblems(change(malmoRegionRedCross(), (d) => (d.extension.decisionMonthsBeforeEnd = null))),
    ).toEqual({
      [`clauses.${i}.extension.decisionMonthsBeforeEnd`]: 'agreements.clauseExtensionDecisionMissing',
    });
  });

  test('an economy clause with an empty budget: no years, or years of 0 kr', () => {
    expect(clauseProblems(umbrellaTemplateDraft())).toEqual({
      'clauses.0.economy.years': 'agreements.clauseBudgetMissing',
    });
    const zero = change(stockholmBris(), (d) => {
      for (const y of d.economy.years) {
        y.amount = 0;
        y.lines = [];
        y.funding = [];
      }
    });
    expect(clauseProblems(zero)).toEqual({ 'clauses.0.economy.years': 'agreements.clauseBudgetMissing' });
  });

  test('the financing split in a clause needs the parties’ shares', () => {
    const data = change(stockholmBris(), (d) => d.economy.years.forEach((y) => (y.funding = [])));
    expect(clauseProblems(data)).toEqual({ 'clauses.0.economy.funding': 'agreements.clauseFundingMissing' });
  });

  test('a payment clause with a payment plan of no instalments', () => {
    const data = change(
      stockholmBris(),
      (d) => (d.economy.paymentRule = { kind: 'custom', instalments: [], rounding: 'wholeKronor' }),
    );
    expect(clauseProblems(data)).toEqual({
      'clauses.0.economy.paymentRule': 'agreements.clausePaymentPlanMissing',
    });
  });

  test('a fee clause with no fee (blank): flagged, and left out of the printed agreement', () => {
    const data = change(stockholmBris(), (d) => (d.economy.extraIncome.perChildAmount = 0));
    const i = indexOf(data, 'extraIncome');
    expect(clauseProblems(data)).toEqual({
      [`clauses.${i}.economy.extraIncome.perChildAmount`]: 'agreements.clauseFeeMissing',
    });
    expect(printedClauses(data).map((c) => c.key)).not.toContain('extraIncome');
    expect(printedClauses(stockholmBris()).map((c) => c.key)).toContain('extraIncome');
    // A clause of the caseworker's own that names the fee counts too.
    const own = withClause(malmoRegionRedCross(), 'Avgift: {{ersättning_per_barn}}.');
    expect(clauseProblems(own)[`clauses.${own.clauses.length - 1}.economy.extraIncome.perChildAmount`]).toBe(
      'agreements.clauseFeeMissing',
    );
    expect(printedClauses(own)).toHaveLength(own.clauses.length - 1);
  });

  test('the target group’s ages in a clause need at least one age', () => {
    const data = withClause(
      change(stockholmBris(), (d) => (d.targetGroup = { description: '', ageFrom: null, ageTo: null })),
      'Barn {{målgrupp_ålder}}.',
    );
    expect(clauseProblems(data)).toEqual({
      [`clauses.${data.clauses.length - 1}.targetGroup.ageFrom`]: 'agreements.clauseAgesMissing',
    });
  });
});

describe('clause checks: a clause the fields contradict', () => {
  test('an older notice text in months while the agreement has no notice period', () => {
    const data = change(stockholmBris(), (d) => {
      d.clauses[indexOf(d, 'notice')]!.text =
        'Varje part kan säga upp överenskommelsen med {{uppsägningstid}} månaders uppsägningstid.';
    });
    expect(clauseProblems(data)).toEqual({
      [`clauses.${indexOf(data, 'notice')}.notice.months`]: 'agreements.clauseNoticeNone',
    });
  });

  test('"provided funds are granted" unticked but still in the text', () => {
    const data = change(stockholmBris(), (d) => (d.period.fundsCondition = false));
    expect(clauseProblems(data)).toEqual({
      [`clauses.${indexOf(data, 'period')}.period.fundsCondition`]: 'agreements.clauseFundsConditionUnticked',
    });
    const ownWords = withClause(
      malmoRegionRedCross(),
      'Allt under förutsättning att erforderliga medel beviljas av nämnden.',
    );
    expect(Object.values(clauseProblems(ownWords))).toEqual(['agreements.clauseFundsConditionUnticked']);
  });

  test('a clause about the steering group where there is none, notice to it included', () => {
    const data = change(
      umbrella(),
      (d) => (d.governanceBodies = d.governanceBodies.filter((b) => b.kind !== 'steeringGroup')),
    );
    const problems = clauseProblems(data);
    expect(problems[`clauses.${indexOf(data, 'notice')}.governanceBodies`]).toBe(
      'agreements.clauseSteeringGroupMissing',
    );
    expect(problems[`clauses.${indexOf(data, 'newMembers')}.governanceBodies`]).toBe(
      'agreements.clauseSteeringGroupMissing',
    );
  });

  test('a clause reporting in the annual report when no annual report is required', () => {
    const data = change(
      stockholmBris(),
      (d) => (d.followUps = d.followUps.filter((f) => f.kind !== 'annualReport')),
    );
    expect(clauseProblems(data)).toEqual({
      [`clauses.${indexOf(data, 'extraIncome')}.followUps`]: 'agreements.clauseAnnualReportMissing',
    });
  });

  test('the Convention on the Rights of the Child as Swedish law in an agreement starting before 2020', () => {
    const claim = 'Barnkonventionen, som är svensk lag sedan 2020, är grunden.';
    const early = change(stockholmBris(), (d) => (d.valueBase = claim));
    expect(clauseProblems(early)).toEqual({ valueBase: 'agreements.statementUncrcNotYetLaw' });
    const inClause = withClause(stockholmBris(), 'Barnkonventionen gäller som lag.');
    expect(clauseProblems(inClause)).toEqual({
      [`clauses.${inClause.clauses.length - 1}.period.start`]: 'agreements.statementUncrcNotYetLaw',
    });
    // True from 2020; and naming the convention without calling it law is true at any time.
    expect(
      clauseProblems(change(stockholmBris(undefined, '2020-01-01'), (d) => (d.valueBase = claim))),
    ).toEqual({});
    expect(
      clauseProblems(
        change(stockholmBris(), (d) => (d.valueBase = 'Barnkonventionen är grunden. Lagen följs.')),
      ),
    ).toEqual({});
  });

  test('"likalydande exemplar" said in two clauses', () => {
    const data = withClause(stockholmBris(), 'Den är upprättad i två likalydande exemplar.');
    expect(clauseProblems(data)).toEqual({
      [`clauses.${data.clauses.length - 1}.copies`]: 'agreements.clauseCopiesTwice',
    });
  });
});

test('problemsOfClause picks one clause’s problems by the field they rest on', () => {
  const problems = {
    'clauses.1.notice.months': 'a',
    'clauses.1.governanceBodies': 'b',
    'clauses.10.notice.months': 'c',
    valueBase: 'd',
  };
  expect(problemsOfClause(problems, 1)).toEqual([
    ['notice.months', 'a'],
    ['governanceBodies', 'b'],
  ]);
  expect(problemsOfClause(problems, 2)).toEqual([]);
});

test('every message a check gives has a Swedish and an English text', async () => {
  const { readFileSync } = await import('node:fs');
  const source = readFileSync(new URL('./clause-checks.ts', import.meta.url), 'utf8');
  const keys = [...source.matchAll(/'(agreements\.\w+)'/g)].map((m) => m[1]!);
  expect(keys.length).toBeGreaterThanOrEqual(14);
  for (const key of keys) expect(isMessageKey(key), key).toBe(true);
});
