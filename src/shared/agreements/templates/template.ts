// What a built-in template is: the parties it needs (slots) and how it builds
// a complete draft from them.
import { addDays, addMonths, yearOf, type IsoDate } from '../../dates';
import type { OrganisationKind } from '../../organisations/kinds';
import { uncrcLawFrom } from '../clause-checks';
import type { ClauseTextKey } from './clauses';
import {
  defaultPerChildAmount,
  type AgreementData,
  type BudgetYear,
  type DecisionMemo,
  type DueRule,
  type FollowUp,
  type FollowUpKind,
  type GovernanceBody,
  type Party,
  type PartyRole,
  type TemplateKey,
} from '../model';

export interface TemplateSlot {
  key: string;
  role: PartyRole;
  kinds: readonly OrganisationKind[];
  /** More than one organisation may fill it (the umbrella's organisations). */
  multiple: boolean;
  label: string;
}

export interface TemplateOrganisation {
  id: number;
  name: string;
  kind: OrganisationKind;
}

export interface TemplateArgs {
  registrationNumber: string;
  /** Empty: the template's own title. */
  title: string;
  start: IsoDate;
  /** Slot key → the organisations filling it, in order. */
  slots: Record<string, TemplateOrganisation[]>;
}

export interface AgreementTemplate {
  key: TemplateKey;
  slots: readonly TemplateSlot[];
  durationYears: number;
  build(args: TemplateArgs): AgreementData;
}

export const periodEnd = (start: IsoDate, years: number): IsoDate =>
  addDays(addMonths(start, years * 12), -1);

function yearsOf(start: IsoDate, end: IsoDate): number[] {
  const out: number[] = [];
  for (let y = yearOf(start); y <= yearOf(end); y++) out.push(y);
  return out;
}

/** The one organisation of a single slot (checked before building). */
export function one(args: TemplateArgs, slot: string): TemplateOrganisation {
  const org = args.slots[slot]?.[0];
  if (!org) throw new Error(`template slot ${slot} is empty`);
  return org;
}

const actingFor = (org: TemplateOrganisation) =>
  org.kind === 'nonprofit'
    ? ({ actingThroughKind: 'board', actingThrough: 'Styrelsen' } as const)
    : org.kind === 'region'
      ? ({ actingThroughKind: 'board', actingThrough: 'Regionstyrelsen' } as const)
      : ({ actingThroughKind: 'board', actingThrough: 'Socialnämnden' } as const);

const emptySignatory = { name: '', title: '' };

/** An organisation as a party, acting through its board, contacts and signatory still to fill in. */
export const party = (org: TemplateOrganisation, role: PartyRole): Party => ({
  organisationId: org.id,
  role,
  ...actingFor(org),
  contacts: [],
  signatory: emptySignatory,
});

/** The slots two templates share. */
export const municipalitySlot: TemplateSlot = {
  key: 'municipality',
  role: 'public',
  kinds: ['municipality'],
  multiple: false,
  label: 'Kommun',
};
export const organisationSlot: TemplateSlot = {
  key: 'organisation',
  role: 'nonprofit',
  kinds: ['nonprofit'],
  multiple: false,
  label: 'Idéburen organisation',
};

/** The standard proposal of a decision memo: approve, and task the head of administration. */
export function standardProposal(partnerNames: string): string {
  return (
    `Nämnden godkänner det idéburna offentliga partnerskapet med ${partnerNames} enligt förslaget till överenskommelse. ` +
    'Nämnden uppdrar åt förvaltningschefen att underteckna överenskommelsen och att besluta om ändringar i den under avtalstiden.'
  );
}

/** Reports on a year are due on 31 March the year after. */
export const afterEachYear = (): DueRule => ({ kind: 'yearly', month: 3, day: 31, followingYear: true });

export const annualReportNote = 'Med sammanställda synpunkter och klagomål';

export function followUp(
  kind: FollowUpKind,
  due: DueRule,
  responsibleOrganisationId: number | null,
  description = '',
  key: string = kind,
): FollowUp {
  return { key, kind, description, due, responsibleOrganisationId };
}

/** The annual report and the financial account the organisation owes for each year. */
export const yearlyAccounts = (organisationId: number): FollowUp[] => [
  followUp('annualReport', afterEachYear(), organisationId, annualReportNote),
  followUp('financialAccount', afterEachYear(), organisationId),
];

/**
 * A template's economy: the same budget each calendar year the agreement
 * runs, or no years at all when the template knows no amounts (the caseworker
 * enters them; the economy clause is flagged until then); and free places for
 * children from other municipalities only where the template has that fee.
 */
export function economyOf(
  start: IsoDate,
  end: IsoDate,
  budget: Omit<BudgetYear, 'year'> | null,
  paymentRule: AgreementData['economy']['paymentRule'],
  feeForOtherMunicipalities: 'defaultFee' | 'noFee',
): AgreementData['economy'] {
  const fee = feeForOtherMunicipalities === 'defaultFee';
  return {
    years: budget ? yearsOf(start, end).map((year) => ({ year, ...structuredClone(budget) })) : [],
    paymentRule,
    extraIncome: {
      perChildAmount: fee ? defaultPerChildAmount : 0,
      description: fee ? 'Barn från andra kommuner på lediga platser' : '',
    },
  };
}

/** The UN Convention on the Rights of the Child, called Swedish law only where it was law on the start date. */
export const uncrcFor = (start: IsoDate): string =>
  start >= uncrcLawFrom ? 'Barnkonventionen, som är svensk lag sedan 2020,' : 'Barnkonventionen';

/** The cooperation group every template has; the parties take turns at the notes. */
export const cooperationGroup = (
  body: Pick<GovernanceBody, 'decisionRule' | 'chairRotation' | 'convenerOrganisationId' | 'cadence'>,
): GovernanceBody => ({
  key: 'cooperation',
  kind: 'cooperationGroup',
  name: 'Samverkansgrupp',
  members: [],
  decisionRule: body.decisionRule,
  chairRotation: body.chairRotation,
  minuteTakerRotation: 'Parterna turas om att föra anteckningar.',
  convenerOrganisationId: body.convenerOrganisationId,
  cadence: body.cadence,
});

/** The clauses every template ends with, before changed circumstances and copies. */
export const closingClauses = [
  'renegotiation',
  'rescission',
  'dispute',
  'amendments',
  'secrecy',
] as const satisfies readonly ClauseTextKey[];

/** A decision memo still to date and sign, with the proposal and these appendices after it. */
export const draftMemo = (
  texts: Pick<DecisionMemo, 'background' | 'matter' | 'preparation'>,
  appendices: readonly string[] = [],
): DecisionMemo => ({
  caseworker: '',
  date: null,
  background: texts.background,
  matter: texts.matter,
  preparation: texts.preparation,
  administrationView: '',
  appendices: ['Förslag till överenskommelse', ...appendices],
});
