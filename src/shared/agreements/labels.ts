// Swedish and English names of the agreement domain's values, shared by the
// screens and the generated documents (which are always Swedish).
import type { CalendarItemKind } from './calendar';
import type {
  ActingThroughKind,
  AgreementStatus,
  Cadence,
  PaymentRounding,
  PaymentRule,
  FollowUpKind,
  GovernanceBodyKind,
  IopCriterion,
  PartyRole,
  TemplateKey,
} from './model';

type Language = 'sv' | 'en';

export const statusLabels: Record<Language, Record<AgreementStatus, string>> = {
  sv: {
    draft: 'utkast',
    forDecision: 'för beslut',
    decided: 'beslutad',
    signed: 'undertecknad',
    active: 'aktiv',
    ended: 'avslutad',
    terminated: 'uppsagd',
    rescinded: 'hävd',
  },
  en: {
    draft: 'draft',
    forDecision: 'for decision',
    decided: 'decided',
    signed: 'signed',
    active: 'active',
    ended: 'ended',
    terminated: 'terminated',
    rescinded: 'rescinded',
  },
};

export const roleLabels: Record<Language, Record<PartyRole, string>> = {
  sv: { public: 'offentlig part', nonprofit: 'idéburen part' },
  en: { public: 'public party', nonprofit: 'non-profit party' },
};

const actingThroughLabels: Record<Language, Record<ActingThroughKind, string>> = {
  sv: { board: 'nämnd', administration: 'förvaltning', department: 'avdelning' },
  en: { board: 'board', administration: 'administration', department: 'department' },
};

/** Whom a party acts through: a public party's board is its nämnd, a non-profit's its styrelse (issue 11). */
export function actingThroughLabel(language: Language, kind: ActingThroughKind, role: PartyRole): string {
  if (kind === 'board' && role === 'nonprofit') return language === 'sv' ? 'styrelse' : 'board of directors';
  return actingThroughLabels[language][kind];
}

export const criterionLabels: Record<Language, Record<IopCriterion, string>> = {
  sv: {
    ownInitiative: 'Verksamheten har startat på organisationens eget initiativ',
    politicalProgramme: 'Verksamheten bidrar till att förverkliga ett politiskt program eller en plan',
    notAssociationGrant: 'Verksamheten ingår inte i det ordinarie föreningsbidraget',
    noMarket: 'Det finns ingen marknad eller konkurrens att skydda',
    bothContribute: 'Båda parter bidrar med pengar eller andra resurser',
    noDetailedRegulation: 'Kommunen detaljstyr inte verksamheten',
  },
  en: {
    ownInitiative: "The activity started on the organisation's own initiative",
    politicalProgramme: 'The activity helps realise a political programme or plan',
    notAssociationGrant: 'The activity is not part of the ordinary association grant',
    noMarket: 'There is no market or competition to protect',
    bothContribute: 'Both parties contribute money or other resources',
    noDetailedRegulation: 'The municipality does not regulate the activity in detail',
  },
};

export const bodyKindLabels: Record<Language, Record<GovernanceBodyKind, string>> = {
  sv: { steeringGroup: 'styrgrupp', cooperationGroup: 'samverkansgrupp' },
  en: { steeringGroup: 'steering group', cooperationGroup: 'cooperation group' },
};

export const followUpKindLabels: Record<Language, Record<FollowUpKind, string>> = {
  sv: {
    activityPlan: 'Verksamhetsplan',
    annualReport: 'Årsberättelse',
    steeringGroupReport: 'Skriftlig rapport till styrgruppen',
    financialAccount: 'Ekonomisk redovisning',
    effectEvaluation: 'Effektutvärdering',
    finalReport: 'Slutrapport',
    other: 'Annan uppföljning',
  },
  en: {
    activityPlan: 'Activity plan',
    annualReport: 'Annual report',
    steeringGroupReport: 'Written report to the steering group',
    financialAccount: 'Financial account',
    effectEvaluation: 'Effect evaluation',
    finalReport: 'Final report',
    other: 'Other follow-up',
  },
};

export const calendarKindLabels: Record<Language, Record<CalendarItemKind, string>> = {
  sv: {
    start: 'Överenskommelsen börjar gälla',
    end: 'Överenskommelsen upphör',
    extensionDecision: 'Sista dag för beslut om förlängning',
    noticeDeadline: 'Sista dag att säga upp',
    followUp: 'Uppföljning',
    meeting: 'Nästa möte senast',
    payment: 'Utbetalning',
    fundsConfirmation: 'Bekräfta att medel beviljats',
    actionPlanDue: 'Åtgärdsplan ska lämnas',
    deficiencyFollowUp: 'Uppföljning av brist',
  },
  en: {
    start: 'Agreement takes effect',
    end: 'Agreement ends',
    extensionDecision: 'Last day to decide on extension',
    noticeDeadline: 'Last day to give notice',
    followUp: 'Follow-up',
    meeting: 'Next meeting at the latest',
    payment: 'Payment',
    fundsConfirmation: 'Confirm that funds were granted',
    actionPlanDue: 'Action plan due',
    deficiencyFollowUp: 'Follow-up of a deficiency',
  },
};

export const templateLabels: Record<Language, Record<TemplateKey, { name: string; description: string }>> = {
  sv: {
    supportGroups: {
      name: 'Kommun och organisation – stödgrupper',
      description:
        'En kommun och en idéburen organisation. Årsbelopp med budgetposter, utbetalning kvartalsvis i förskott, samverkansgrupp en gång per termin.',
    },
    coFinanced: {
      name: 'Region, kommun och organisation – samfinansiering',
      description:
        'Två offentliga parter och en idéburen organisation som delar på kostnaden. Årlig faktura, förlängning med beslut i god tid före slutdatum.',
    },
    umbrella: {
      name: 'Paraplypartnerskap – nämnd och flera organisationer',
      description:
        'En nämnd och flera idéburna organisationer med styrgrupp och samverkansgrupp. Varje organisations åtaganden och ekonomi i en egen bilaga.',
    },
  },
  en: {
    supportGroups: {
      name: 'Municipality and organisation – support groups',
      description:
        'One municipality and one non-profit. Yearly amount with budget lines, paid quarterly in advance.',
    },
    coFinanced: {
      name: 'Region, municipality and organisation – co-financing',
      description:
        'Two public parties and one non-profit sharing the cost. Yearly invoice, extension decided well before the end.',
    },
    umbrella: {
      name: 'Umbrella partnership – a board and several organisations',
      description:
        "A board and several non-profits with a steering group; each organisation's part in its own appendix.",
    },
  },
};

/** "var 2:a månad", "en gång per termin", "2 gånger per år". */
export function describeCadence(cadence: Cadence): string {
  switch (cadence.kind) {
    case 'everyMonths':
      return cadence.months === 1 ? 'varje månad' : `minst var ${swedishOrdinal(cadence.months)} månad`;
    case 'perTerm':
      return 'minst en gång per termin';
    case 'timesPerYear':
      return `minst ${cadence.times} gånger per år`;
  }
}

export function describePaymentRule(rule: PaymentRule): string {
  switch (rule.kind) {
    case 'quarterlyInAdvance':
      return 'kvartalsvis i förskott';
    case 'yearlyOnInvoice':
      return `en gång per år mot faktura (senast den ${rule.day} ${swedishMonths[rule.month - 1]})`;
    case 'custom':
      return 'enligt särskild betalningsplan';
  }
}

/** The rounding as the version history names it. */
export const roundingLabels: Record<PaymentRounding, string> = {
  wholeKronor: 'hela kronor',
  exactOre: 'exakt på öret',
};

/**
 * What the agreement says about rounding: only a year split over quarters is
 * rounded ("… 177 959 kr + 3 × 177 958 kr" or "4 × 177 958,25 kr").
 */
export function describeRounding(rule: PaymentRule): string {
  if (rule.kind !== 'quarterlyInAdvance') return '';
  return rule.rounding === 'wholeKronor'
    ? 'Varje utbetalning avrundas till hela kronor, och det som blir över betalas med årets första utbetalningar.'
    : 'Utbetalningarna görs exakt på öret.';
}

export const swedishMonths = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** 2 → "2:a", 3 → "3:e", 11 → "11:e", 21 → "21:a". */
export function swedishOrdinal(n: number): string {
  const lastTwo = n % 100;
  const last = n % 10;
  return `${n}:${(last === 1 || last === 2) && lastTwo !== 11 && lastTwo !== 12 ? 'a' : 'e'}`;
}
