// Where a clause and the fields it rests on disagree: a clause that depends on
// a fact left blank (a notice clause with no notice period, an economy clause
// with no budget), or that states something the fields contradict ("provided
// funds are granted" with the box unticked, a steering group that does not
// exist, the Convention on the Rights of the Child as Swedish law before 2020).
// The editor shows each beside its clause; the move to "för beslut" lists them.
import type { IsoDate } from '../dates';
import { yearlyAmount } from './economy';
import type { AgreementData, Clause } from './model';
import { placeholdersIn } from './placeholder-syntax';

/** Field path → message key (the lifecycle's `Problems`, not imported: lifecycle imports this module). */
type Problems = Record<string, string>;

/** The UN Convention on the Rights of the Child became Swedish law on this day. */
export const uncrcLawFrom: IsoDate = '2020-01-01';

interface DependsOn {
  /** The field (path) that must hold a value. */
  field: string;
  /** Clause keys that are about the fact whatever their text says. */
  keys: readonly string[];
  /** Placeholders whose value comes from the fact. */
  placeholders: readonly string[];
  missing(data: AgreementData): boolean;
  message: string;
}

const fullYear = (data: AgreementData) => {
  const full = yearlyAmount(data.economy);
  return data.economy.years.find((y) => y.amount === full);
};

const dependencies: readonly DependsOn[] = [
  {
    field: 'notice.months',
    keys: ['notice'],
    placeholders: ['uppsägningstid', 'uppsägningsvillkor', 'sista_uppsägningsdag'],
    missing: (d) => d.notice.months === null,
    message: 'agreements.clauseNoticeMonthsMissing',
  },
  {
    field: 'extension.maxYears',
    keys: ['extension'],
    placeholders: ['förlängning_år'],
    missing: (d) => d.extension.maxYears === null,
    message: 'agreements.clauseExtensionYearsMissing',
  },
  {
    field: 'extension.decisionMonthsBeforeEnd',
    keys: [],
    placeholders: ['förlängningsbeslut_månader', 'förlängningsbeslut_datum'],
    missing: (d) => d.extension.decisionMonthsBeforeEnd === null,
    message: 'agreements.clauseExtensionDecisionMissing',
  },
  {
    field: 'economy.years',
    keys: ['economy'],
    placeholders: ['årsbelopp', 'totalbelopp', 'finansiering'],
    missing: (d) => yearlyAmount(d.economy) === 0,
    message: 'agreements.clauseBudgetMissing',
  },
  {
    field: 'economy.funding',
    keys: [],
    placeholders: ['finansiering'],
    missing: (d) => yearlyAmount(d.economy) > 0 && (fullYear(d)?.funding.length ?? 0) === 0,
    message: 'agreements.clauseFundingMissing',
  },
  {
    field: 'economy.paymentRule',
    keys: [],
    placeholders: ['betalningsvillkor'],
    missing: (d) => d.economy.paymentRule.kind === 'custom' && d.economy.paymentRule.instalments.length === 0,
    message: 'agreements.clausePaymentPlanMissing',
  },
  {
    field: 'economy.extraIncome.perChildAmount',
    keys: ['extraIncome'],
    placeholders: ['ersättning_per_barn'],
    missing: (d) => d.economy.extraIncome.perChildAmount === 0,
    message: 'agreements.clauseFeeMissing',
  },
  {
    field: 'targetGroup.ageFrom',
    keys: [],
    placeholders: ['målgrupp_ålder'],
    missing: (d) => d.targetGroup.ageFrom === null && d.targetGroup.ageTo === null,
    message: 'agreements.clauseAgesMissing',
  },
];

interface Contradiction {
  field: string;
  /** True when the clause says what the fields deny (`used`: the placeholders in its text). */
  contradicts(text: string, data: AgreementData, used: readonly string[]): boolean;
  message: string;
}

/** "Provided funds are granted" in the app's and the usual wording. */
const fundsConditionText =
  /förutsättning\w*\s+att\s+(?:\S+\s+){0,4}?(?:medel|pengar|anslag)\S*\s+(?:\S+\s+){0,6}?(?:beviljas|anvisas|finns)/i;
const steeringGroupText = /styrgrupp/i;
const annualReportText = /årsberättelse/i;
/** The Convention on the Rights of the Child called (Swedish) law in the same sentence. */
const uncrcAsLawText =
  /barnkonvention[^.]*?\b(?:svensk\s+lag|lag\s+i\s+sverige|gäller\s+som\s+(?:svensk\s+)?lag|inkorporera)/i;

const contradictions: readonly Contradiction[] = [
  {
    field: 'notice.months',
    // An older text "med {{uppsägningstid}} månaders uppsägningstid" would read "0 månaders".
    contradicts: (_text, d, used) => d.notice.months === 0 && used.includes('uppsägningstid'),
    message: 'agreements.clauseNoticeNone',
  },
  {
    field: 'period.fundsCondition',
    contradicts: (text, d) => !d.period.fundsCondition && fundsConditionText.test(text),
    message: 'agreements.clauseFundsConditionUnticked',
  },
  {
    field: 'governanceBodies',
    // Notice "skriftligen till {{uppsägning_till}}" goes to the steering group when that field says so.
    contradicts: (text, d, used) =>
      (steeringGroupText.test(text) ||
        (used.includes('uppsägning_till') && steeringGroupText.test(d.notice.writtenNoticeTo))) &&
      !d.governanceBodies.some((b) => b.kind === 'steeringGroup'),
    message: 'agreements.clauseSteeringGroupMissing',
  },
  {
    field: 'followUps',
    contradicts: (text, d) =>
      annualReportText.test(text) && !d.followUps.some((f) => f.kind === 'annualReport'),
    message: 'agreements.clauseAnnualReportMissing',
  },
  {
    field: 'period.start',
    contradicts: (text, d) => d.period.start < uncrcLawFrom && uncrcAsLawText.test(text),
    message: 'agreements.statementUncrcNotYetLaw',
  },
];

/** Free texts that state facts and must be true on the agreement's dates too. */
const statementFields = ['background', 'purpose', 'formAndBasis', 'valueBase', 'genderEquality'] as const;
const copiesText = /likalydande\s+exemplar/i;

/**
 * Every clause that disagrees with its fields, as `clauses.<i>.<field>` →
 * message key, and free texts that are untrue on the agreement's dates, as
 * `<text field>` → message key.
 */
export function clauseProblems(data: AgreementData): Problems {
  const problems: Problems = {};
  let copiesSeen = false;
  data.clauses.forEach((clause, i) => {
    const used = placeholdersIn(clause.text);
    const text = clause.text;
    const add = (field: string, message: string) => {
      const path = `clauses.${i}.${field}`;
      if (!problems[path]) problems[path] = message;
    };
    for (const dep of dependencies) {
      const about = dep.keys.includes(clause.key) || dep.placeholders.some((p) => used.includes(p));
      if (about && dep.missing(data)) add(dep.field, dep.message);
    }
    for (const c of contradictions) if (c.contradicts(text, data, used)) add(c.field, c.message);
    if (copiesText.test(text)) {
      if (copiesSeen) add('copies', 'agreements.clauseCopiesTwice');
      copiesSeen = true;
    }
  });
  for (const field of statementFields) {
    if (data.period.start < uncrcLawFrom && uncrcAsLawText.test(data[field]))
      problems[field] = 'agreements.statementUncrcNotYetLaw';
  }
  return problems;
}

/** The problems of clause `index`, keyed by the field it rests on. */
export function problemsOfClause(problems: Problems, index: number): [field: string, message: string][] {
  const prefix = `clauses.${index}.`;
  return Object.entries(problems)
    .filter(([path]) => path.startsWith(prefix))
    .map(([path, message]) => [path.slice(prefix.length), message]);
}

/** A clause about the fee for other municipalities' children: it is about nothing while no fee is set. */
const isFeeClause = (clause: Clause) =>
  clause.key === 'extraIncome' || placeholdersIn(clause.text).includes('ersättning_per_barn');

/**
 * The clauses a printed agreement carries: a blank (0) fee per child means no
 * fee, so the clause about it is left out rather than printed as "0 kr per barn".
 */
export const printedClauses = (data: Pick<AgreementData, 'clauses' | 'economy'>): Clause[] =>
  data.economy.extraIncome.perChildAmount === 0 ? data.clauses.filter((c) => !isFeeClause(c)) : data.clauses;
