// What a report is computed from: facts gathered by main from the live data
// and from the anonymised participation records kept after erasure. Nothing
// here names a person; a person is only a key that tells two participations
// of the same child apart from those of two children.
import type { CommitmentStatus } from '../agreements/commitments/status';
import type { DeficiencyStage } from '../agreements/deficiency-process';
import type { CalendarItemState } from '../agreements/calendar';
import type { ReportKind } from '../ipc/reports';
import type {
  FeedbackCategory,
  Gender,
  GroupStatus,
  PlacementBasis,
  ProgrammeFormat,
} from '../support-groups/vocabulary';
import type { AgeBand } from './age-bands';
import type { ReportPeriod } from './periods';
import type { EffectFacts } from '../effect-evaluation/effect-tables';

/** How a participation ended: completed the group, dropped out after starting, or still going. */
export type ParticipationOutcome = 'completed' | 'droppedOut' | 'ongoing';

/**
 * One child taking part in one group that started in the period: admitted,
 * taking part or completed, or cancelled after attending at least once.
 */
export interface Participation {
  personKey: string;
  agreementId: number;
  groupId: number;
  groupStart: string;
  outcome: ParticipationOutcome;
  sessionsAttended: number;
  sessionsRecorded: number;
  ageBand: AgeBand;
  gender: Gender;
  /** '' unknown; null for a child with protected identity (counted, never placed). */
  district: string | null;
  placementBasis: PlacementBasis;
  otherMunicipality: boolean;
  /** The fee for a place taken by a child from another municipality, öre. */
  feeOre: number;
}

/** A top-level group (not an age subgroup of a weekend) that starts in the period. */
export interface GroupFact {
  agreementId: number;
  format: ProgrammeFormat;
  status: GroupStatus;
}

export interface BudgetFact {
  agreementId: number;
  year: number;
  lines: { label: string; budget: number; actual: number | null }[];
}

export interface TargetFact {
  agreementId: number;
  /** Sums of the programmes' yearly targets; null when no programme sets one. */
  groupsPerYear: number | null;
  childrenPerYear: number | null;
}

export interface DeadlineFact {
  date: string;
  agreementId: number;
  /** Swedish description from fixed wording (never free text). */
  what: string;
  /** The kind of deadline without the particulars (for counts across agreements). */
  category: string;
  state: CalendarItemState;
}

/** A commitment's status in the report's period (annual) or today's (steering group). */
export interface CommitmentFact {
  agreementId: number;
  party: string;
  /** The commitment as the agreement words it, with its appendix. */
  text: string;
  /** Its target in fixed wording ("minst 4 per år, räknas: grupper som startat"). */
  target: string;
  period: string;
  status: CommitmentStatus;
  achieved: number;
  required: number;
  /** Counted children: a figure about children, published only as the child tables allow. */
  countsChildren: boolean;
}

/** An open deficiency and the stage its process is at. */
export interface DeficiencyFact {
  agreementId: number;
  party: string;
  /** The commitment or term it concerns, as recorded. */
  concerns: string;
  foundOn: string;
  stage: DeficiencyStage;
  /** The next deadline of its process (action plan due, follow-up), if any. */
  nextDeadline: string | null;
}

export interface ReportFacts {
  kind: ReportKind;
  scope: { kind: 'agreement' | 'all'; agreementId: number | null; name: string };
  period: ReportPeriod;
  periodKind: 'year' | 'halfYear' | 'custom';
  generatedAt: string;
  threshold: number;
  /** The agreements in scope, with a short label (registration number and title). */
  agreements: { id: number; label: string }[];
  groups: GroupFact[];
  /** Sessions held in the period (not cancelled, on or before today). */
  sessionsHeld: number;
  participations: Participation[];
  /** Children waiting for a place at the end of the period (distinct persons). */
  waitingAtEnd: number;
  concernReports: number;
  feedback: { category: FeedbackCategory; closed: boolean }[];
  budget: BudgetFact[];
  targets: TargetFact[];
  deadlines: DeadlineFact[];
  /** The groups' effect sums (live and kept at gallring) and their instruments. */
  effect: EffectFacts;
  commitments: CommitmentFact[];
  deficiencies: DeficiencyFact[];
}
