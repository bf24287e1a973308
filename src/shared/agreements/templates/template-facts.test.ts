// Each template against DOMAIN.md's figures: what the template states is
// what the real agreement says, and what it does not know stays blank (and is
// flagged before "för beslut") instead of being made up.
import { describe, expect, test } from 'vitest';
import {
  malmoRegionRedCross,
  nameOf,
  pureIds,
  stockholmBris,
  umbrellaTemplateDraft,
} from '../../../../test/support/agreements/fixtures';
import { clauseProblems, printedClauses } from '../clause-checks';
import type { AgreementData } from '../model';
import { kronor } from '../money';
import { fillPlaceholders } from '../placeholders';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const printed = (data: AgreementData) =>
  printedClauses(data).map((c) => plain(fillPlaceholders(c.text, { data, nameOf: (id) => nameOf(id) })));
const clauseText = (data: AgreementData, key: string) =>
  plain(
    fillPlaceholders(data.clauses.find((c) => c.key === key)!.text, { data, nameOf: (id) => nameOf(id) }),
  );

describe('support groups (Stockholm–Bris)', () => {
  const data = stockholmBris();

  test('711 833 kr a year in four lines, quarterly in advance, provided funds are granted', () => {
    expect(data.period).toEqual({ start: '2017-01-01', end: '2018-12-31', fundsCondition: true });
    expect(data.economy.years.map((y) => y.year)).toEqual([2017, 2018]);
    for (const year of data.economy.years) {
      expect(year.amount).toBe(kronor(711_833));
      expect(year.lines.map((l) => [l.label, l.amount])).toEqual([
        ['Personal', kronor(678_833)],
        ['Material', kronor(8_000)],
        ['Mat och dryck', kronor(15_000)],
        ['Resor', kronor(10_000)],
      ]);
      expect(year.funding).toEqual([
        {
          payerOrganisationId: pureIds.stockholm,
          recipientOrganisationId: pureIds.bris,
          amount: kronor(711_833),
        },
      ]);
    }
    expect(data.economy.paymentRule).toEqual({ kind: 'quarterlyInAdvance', rounding: 'wholeKronor' });
    expect(data.economy.extraIncome.perChildAmount).toBe(kronor(5_000));
    expect(data.targetGroup).toMatchObject({ ageFrom: 7, ageTo: 18 });
  });

  test('no notice period: a valid value, and the clause says so without "0 månader"', () => {
    expect(data.notice.months).toBe(0);
    const notice = clauseText(data, 'notice');
    expect(notice).toContain('Varje part kan säga upp överenskommelsen utan uppsägningstid.');
    expect(notice).toContain('Insatser som pågår när uppsägningen lämnas slutförs innan samarbetet upphör.');
    expect(notice).not.toMatch(/\d+ månader/);
    expect(clauseProblems(data)).toEqual({});
  });

  test('a 2017 agreement does not call the Convention on the Rights of the Child Swedish law; a 2021 one may', () => {
    expect(data.valueBase).not.toMatch(/lag/);
    expect(data.valueBase).toMatch(/^Barnkonventionen är grunden/);
    const later = stockholmBris(pureIds, '2021-01-01');
    expect(later.valueBase).toMatch(/^Barnkonventionen, som är svensk lag sedan 2020, är grunden/);
    expect(clauseProblems(later)).toEqual({});
  });

  test('personal data: the law of 2017 and, from 25 May 2018, the data protection regulation', () => {
    expect(clauseText(data, 'secrecy')).toContain(
      'enligt offentlighets- och sekretesslagen och personuppgiftslagen och, från den 25 maj 2018, dataskyddsförordningen.',
    );
    expect(clauseText(stockholmBris(pureIds, '2021-01-01'), 'secrecy')).toContain(
      'enligt offentlighets- och sekretesslagen och dataskyddsförordningen.',
    );
  });

  test('the fee clause: 5 000 kr per child from another municipality', () => {
    expect(clauseText(data, 'extraIncome')).toContain('mot en ersättning på 5 000 kr per barn');
  });
});

describe('co-financed (Malmö–Region Skåne–Röda Korset)', () => {
  const data = malmoRegionRedCross();

  test('1 070 000 kr a year: 400 000 + 400 000 from the public parties, 270 000 of the organisation’s own; no budget lines', () => {
    expect(data.period).toEqual({ start: '2021-01-01', end: '2024-12-31', fundsCondition: false });
    for (const year of data.economy.years) {
      expect(year.amount).toBe(kronor(1_070_000));
      expect(year.lines).toEqual([]);
      expect(year.funding).toEqual([
        {
          payerOrganisationId: pureIds.regionSkane,
          recipientOrganisationId: pureIds.redCross,
          amount: kronor(400_000),
        },
        {
          payerOrganisationId: pureIds.malmo,
          recipientOrganisationId: pureIds.redCross,
          amount: kronor(400_000),
        },
        { payerOrganisationId: pureIds.redCross, recipientOrganisationId: null, amount: kronor(270_000) },
      ]);
    }
  });

  test('the organisation invoices the public parties once a year', () => {
    expect(data.economy.paymentRule.kind).toBe('yearlyOnInvoice');
    expect(data.commitments).toContainEqual({
      key: 'c4',
      organisationId: pureIds.redCross,
      appendixIndex: null,
      text: 'Fakturera de offentliga parterna en gång per år.',
      kind: 'recurring',
      target: { count: 1, per: 'year', comparison: 'exactly', tolerancePercent: 0, measure: 'tickOffs' },
      dueDate: null,
    });
  });

  test('no fee per child: no fee clause, and nothing printed about one', () => {
    expect(data.economy.extraIncome).toEqual({ perChildAmount: 0, description: '' });
    expect(data.clauses.map((c) => c.key)).not.toContain('extraIncome');
    for (const text of printed(data)) expect(text).not.toMatch(/per barn|(?<!\d )(?<!\d)0 kr/);
  });

  test('ends without notice, extension at most 2 years decided 9 months before the end, 9 months’ notice on breach', () => {
    expect(data.extension).toEqual({ maxYears: 2, decisionMonthsBeforeEnd: 9 });
    expect(data.notice).toEqual({ months: 9, writtenNoticeTo: '' });
    expect(clauseText(data, 'extension')).toContain(
      'upphör vid periodens slut utan att någon behöver säga upp den',
    );
    expect(clauseText(data, 'notice')).toBe(
      'Om en part inte fullgör sina åtaganden får var och en av de andra parterna säga upp överenskommelsen med 9 månaders uppsägningstid. ' +
        'Uppsägningen görs skriftligen till övriga parter. Insatser som pågår när uppsägningen lämnas slutförs innan samarbetet upphör.',
    );
  });

  test('the organisation convenes the meetings and delivers a yearly activity plan and annual report', () => {
    expect(data.governanceBodies.map((b) => b.convenerOrganisationId)).toEqual([pureIds.redCross]);
    const yearly = data.followUps.filter((f) => f.due.kind === 'yearly');
    expect(yearly.filter((f) => f.kind === 'activityPlan' || f.kind === 'annualReport')).toEqual([
      expect.objectContaining({ kind: 'activityPlan', responsibleOrganisationId: pureIds.redCross }),
      expect.objectContaining({ kind: 'annualReport', responsibleOrganisationId: pureIds.redCross }),
    ]);
  });

  test('nothing disagrees between its clauses and fields', () => {
    expect(clauseProblems(data)).toEqual({});
  });
});

describe('umbrella partnership', () => {
  const data = umbrellaTemplateDraft();

  test('no invented amounts, years or fee', () => {
    expect(data.economy.years).toEqual([]);
    expect(data.economy.extraIncome.perChildAmount).toBe(0);
    expect(data.clauses.map((c) => c.key)).not.toContain('extraIncome');
    expect(data.appendices.map((a) => a.registrationNumber)).toEqual(['', '', '']);
  });

  test('4 months’ notice after written notice to the steering group', () => {
    expect(data.notice).toEqual({ months: 4, writtenNoticeTo: 'styrgruppen' });
    expect(clauseText(data, 'notice')).toContain(
      'med 4 månaders uppsägningstid. Uppsägningen görs skriftligen till styrgruppen.',
    );
  });

  test('the economy clause is flagged until the caseworker enters the budget, and nothing else', () => {
    expect(clauseProblems(data)).toEqual({ 'clauses.0.economy.years': 'agreements.clauseBudgetMissing' });
  });
});
