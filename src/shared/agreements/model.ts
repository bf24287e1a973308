// The IOP agreement as structured data (DOMAIN.md, "Agreement anatomy"): what
// a caseworker drafts and saves, plus what the lifecycle adds (decision,
// signatures, notice, rescission). Money is integer öre, dates `YYYY-MM-DD`.
import type { IsoDate } from '../dates';
import { defaultOtherMunicipalityFeeKr } from '../support-groups/vocabulary';
import type { Commitment } from './commitments/commitment';
import { kronor, type Ore } from './money';

export const agreementStatuses = [
  'draft',
  'forDecision',
  'decided',
  'signed',
  'active',
  'ended',
  'terminated',
  'rescinded',
] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];

export const partyRoles = ['public', 'nonprofit'] as const;
export type PartyRole = (typeof partyRoles)[number];

/** Whom a party acts through: a board (nämnd), an administration (förvaltning) or a department (avdelning). */
export const actingThroughKinds = ['board', 'administration', 'department'] as const;
export type ActingThroughKind = (typeof actingThroughKinds)[number];

/** The six criteria that make an IOP suitable (DOMAIN.md); each needs a written justification. */
export const iopCriteria = [
  'ownInitiative',
  'politicalProgramme',
  'notAssociationGrant',
  'noMarket',
  'bothContribute',
  'noDetailedRegulation',
] as const;
export type IopCriterion = (typeof iopCriteria)[number];

export const governanceBodyKinds = ['steeringGroup', 'cooperationGroup'] as const;
export type GovernanceBodyKind = (typeof governanceBodyKinds)[number];

export const followUpKinds = [
  'activityPlan',
  'annualReport',
  'steeringGroupReport',
  'financialAccount',
  'effectEvaluation',
  'finalReport',
  'other',
] as const;
export type FollowUpKind = (typeof followUpKinds)[number];

export const templateKeys = ['supportGroups', 'coFinanced', 'umbrella'] as const;
export type TemplateKey = (typeof templateKeys)[number];

export interface ContactPerson {
  name: string;
  title: string;
  phone: string;
  email: string;
}

export interface Party {
  organisationId: number;
  role: PartyRole;
  actingThroughKind: ActingThroughKind;
  /** Name of the board, administration or department, e.g. "Socialnämnden". */
  actingThrough: string;
  contacts: ContactPerson[];
  signatory: { name: string; title: string };
}

export type { Commitment } from './commitments/commitment';

/** How often a governance body must meet. */
export type Cadence =
  | { kind: 'everyMonths'; months: number }
  /** At least once per school term: spring (Jan–Jun) and autumn (Jul–Dec). */
  | { kind: 'perTerm' }
  | { kind: 'timesPerYear'; times: number };

export interface GovernanceMember {
  organisationId: number;
  name: string;
  title: string;
}

export interface GovernanceBody {
  /** Stable within the agreement; meetings refer to it. */
  key: string;
  kind: GovernanceBodyKind;
  name: string;
  members: GovernanceMember[];
  decisionRule: string;
  chairRotation: string;
  minuteTakerRotation: string;
  convenerOrganisationId: number | null;
  cadence: Cadence;
}

/** When a follow-up obligation falls due. */
export type DueRule =
  /** Every year of the period on month-day; `followingYear` for reports on a year (due the year after). */
  | { kind: 'yearly'; month: number; day: number; followingYear: boolean }
  /** Every N months counted from the start, within the period. */
  | { kind: 'everyMonths'; months: number }
  /** N months after the (effective) end. */
  | { kind: 'afterEnd'; months: number }
  | { kind: 'once'; date: IsoDate };

export interface FollowUp {
  key: string;
  kind: FollowUpKind;
  description: string;
  due: DueRule;
  /** null: the parties together. */
  responsibleOrganisationId: number | null;
}

export interface BudgetLine {
  label: string;
  amount: Ore;
}

/** One party's share of a year's amount: paid to `recipient`, or its own contribution when recipient is null. */
export interface Funding {
  payerOrganisationId: number;
  recipientOrganisationId: number | null;
  amount: Ore;
}

export interface BudgetYear {
  year: number;
  amount: Ore;
  lines: BudgetLine[];
  funding: Funding[];
}

export interface CustomInstalment {
  dueDate: IsoDate;
  payerOrganisationId: number;
  recipientOrganisationId: number;
  amount: Ore;
}

/**
 * How instalments are rounded: in whole kronor (the öre and kronor left over
 * go to the earliest instalments, 711 833 kr a year quarterly is 177 959 +
 * 3 × 177 958 kr), or exactly to the öre (4 × 177 958,25 kr). A payment
 * within the rounding of an instalment settles it (see payments.ts).
 */
export const paymentRoundings = ['wholeKronor', 'exactOre'] as const;
export type PaymentRounding = (typeof paymentRoundings)[number];

export type PaymentRule =
  | { kind: 'quarterlyInAdvance'; rounding: PaymentRounding }
  | { kind: 'yearlyOnInvoice'; month: number; day: number; rounding: PaymentRounding }
  | { kind: 'custom'; instalments: CustomInstalment[]; rounding: PaymentRounding };

export interface Economy {
  years: BudgetYear[];
  paymentRule: PaymentRule;
  /** Fee per child from another municipality taking a free place; 0 (left blank): no fee, no such places. */
  extraIncome: { perChildAmount: Ore; description: string };
}

export interface Period {
  start: IsoDate;
  end: IsoDate;
  /** "Provided funds are granted" (under förutsättning att medel beviljas). */
  fundsCondition: boolean;
}

export interface Extension {
  maxYears: number | null;
  decisionMonthsBeforeEnd: number | null;
}

export interface NoticeTerms {
  /** 0: no notice period, the agreement ends once the work under way is done; null: not known yet. */
  months: number | null;
  /** To whom written notice goes, e.g. "styrgruppen"; empty when to the other parties. */
  writtenNoticeTo: string;
}

/** A clause's text may hold placeholders such as `{{årsbelopp}}`, filled from the data when shown. */
export interface Clause {
  key: string;
  heading: string;
  text: string;
}

export interface Appendix {
  title: string;
  registrationNumber: string;
  organisationId: number | null;
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
}

/** The tjänsteutlåtande to the board. */
export interface DecisionMemo {
  caseworker: string;
  date: IsoDate | null;
  background: string;
  matter: string;
  preparation: string;
  administrationView: string;
  appendices: string[];
}

/** Everything a caseworker edits and saves; each save keeps a version. */
export interface AgreementData {
  registrationNumber: string;
  title: string;
  templateKey: TemplateKey | null;
  parties: Party[];
  background: string;
  purpose: string;
  goals: string[];
  targetGroup: { description: string; ageFrom: number | null; ageTo: number | null };
  formAndBasis: string;
  valueBase: string;
  genderEquality: string;
  criteria: Record<IopCriterion, string>;
  commitments: Commitment[];
  governanceBodies: GovernanceBody[];
  followUps: FollowUp[];
  economy: Economy;
  period: Period;
  extension: Extension;
  notice: NoticeTerms;
  clauses: Clause[];
  appendices: Appendix[];
  memo: DecisionMemo;
}

export interface Decision {
  board: string;
  date: IsoDate;
  paragraph: string;
  proposal: string;
}

export interface Signature {
  organisationId: number;
  name: string;
  title: string;
  place: string;
  date: IsoDate;
}

export interface NoticeGiven {
  givenOn: IsoDate;
  byOrganisationId: number;
  /** What ongoing interventions will be finished first. */
  ongoingInterventions: string;
}

export interface Rescission {
  date: IsoDate;
  reason: string;
  /** The recorded deficiency it rests on (null only for rescissions recorded before deficiencies were). */
  deficiencyId: number | null;
}

/** What the lifecycle adds to the drafted data. */
export interface LifecycleData {
  status: AgreementStatus;
  decision: Decision | null;
  signatures: Signature[];
  noticeGiven: NoticeGiven | null;
  rescission: Rescission | null;
}

export const emptyCriteria = (): Record<IopCriterion, string> =>
  Object.fromEntries(iopCriteria.map((c) => [c, ''])) as Record<IopCriterion, string>;

/** Default fee per child from another municipality, the same 5 000 kr a support group charges. */
export const defaultPerChildAmount: Ore = kronor(defaultOtherMunicipalityFeeKr);
