// Swedish names used in reports and their exports (reports are Swedish
// documents for Swedish boards and steering groups), and the mark for a
// hidden figure. `..` follows Swedish official statistics, where `–` means
// "nothing to report" (zero), so it must not be used for a hidden figure.
import type { CalendarItemState } from '../agreements/calendar';
import type {
  EnrolmentStatus,
  FeedbackCategory,
  Gender,
  PlacementBasis,
  ProgrammeFormat,
} from '../support-groups/vocabulary';
import type { AgeBand } from './age-bands';

export const suppressedMark = '..';

export function suppressionNote(threshold: number): string {
  return (
    `${suppressedMark} = Uppgiften är dold för att skydda enskilda barn (färre än ${threshold}). ` +
    `Även uppgifter som annars skulle göra det möjligt att räkna fram en dold uppgift är dolda.`
  );
}

export const primaryExplanation = (threshold: number) =>
  `Uppgiften är dold för att skydda enskilda barn (färre än ${threshold}).`;
export const complementaryExplanation =
  'Uppgiften är dold så att en annan dold uppgift inte kan räknas fram.';

export const ageBandLabels: Record<AgeBand, string> = {
  '6-9': '6–9 år',
  '10-12': '10–12 år',
  '13-15': '13–15 år',
  '16-18': '16–18 år',
  '19-24': '19–24 år',
  other: 'Annan ålder',
  unknown: 'Okänd ålder',
};

export const genderLabels: Record<Gender, string> = {
  girl: 'Flicka',
  boy: 'Pojke',
  other: 'Annat',
  undisclosed: 'Vill inte uppge',
};

export const placementLabels: Record<PlacementBasis, string> = {
  SoL: 'Placerad enligt SoL',
  LVU: 'Placerad enligt LVU',
  none: 'Inte placerad',
};

export const formatLabels: Record<ProgrammeFormat, string> = {
  weekly: 'Veckogrupp',
  weekend: 'Stödhelg',
  custom: 'Annat upplägg',
};

/** Also the Swedish UI catalogue's `enrolmentStatus.*` texts. */
export const enrolmentStatusLabels: Record<EnrolmentStatus, string> = {
  interest: 'Intresseanmälan',
  waitlisted: 'Väntelista',
  offered: 'Erbjuden plats',
  admitted: 'Antagen',
  participating: 'Deltar',
  completed: 'Genomförd',
  cancelled: 'Avbruten',
};

export const feedbackCategoryLabels: Record<FeedbackCategory, string> = {
  praise: 'Beröm',
  suggestion: 'Förslag',
  complaint: 'Klagomål',
  question: 'Fråga',
};

export const deadlineStateLabels: Record<CalendarItemState, string> = {
  done: 'Klar',
  overdue: 'Försenad',
  due: 'Snart',
  later: 'Senare',
  past: 'Passerad',
};

export const unknownDistrict = 'Stadsdel saknas';
export const protectedDistrict = 'Skyddade personuppgifter (redovisas inte)';
