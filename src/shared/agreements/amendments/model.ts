// Amendments (tilläggsavtal): after the decision every change to an
// agreement's substance is an amendment with its own lifecycle, utkast →
// beslutad → undertecknad → gällande. It holds the sections it changes as
// they were and as they become; only a gällande amendment changes the
// agreement. Notices (of the whole agreement or one party) and extension
// decisions are the other records of an agreement's life.
import type { IsoDate } from '../../dates';
import type { AgreementData, AgreementStatus, Signature } from '../model';

export const amendmentStatuses = ['draft', 'decided', 'signed', 'inForce'] as const;
export type AmendmentStatus = (typeof amendmentStatuses)[number];

/** Who decides an amendment: the board, or the head of administration under delegation. */
export const amendmentDeciders = ['board', 'delegation'] as const;
export type AmendmentDecider = (typeof amendmentDeciders)[number];

/** The parts of the agreement an amendment may change (its substance). */
export const amendableSections = [
  'title',
  'parties',
  'background',
  'purpose',
  'goals',
  'targetGroup',
  'formAndBasis',
  'valueBase',
  'genderEquality',
  'commitments',
  'governanceBodies',
  'followUps',
  'economy',
  'period',
  'extension',
  'notice',
  'clauses',
  'appendices',
] as const satisfies readonly (keyof AgreementData)[];
export type AmendableSection = (typeof amendableSections)[number];

export type SectionValues = Partial<Pick<AgreementData, AmendableSection>>;

/** The changed sections as they were and as they become. */
export interface AmendmentChanges {
  before: SectionValues;
  after: SectionValues;
}

export interface AmendmentDecision {
  /** The board, or the delegate's title ("Förvaltningschef"). */
  body: string;
  date: IsoDate;
  paragraph: string;
}

export interface Amendment {
  id: number;
  agreementId: number;
  number: number;
  registrationNumber: string;
  reason: string;
  effectiveFrom: IsoDate;
  status: AmendmentStatus;
  decider: AmendmentDecider;
  changes: AmendmentChanges;
  /** Parties whose signature it needs. */
  concerned: number[];
  /** Organisations joining by this amendment that have accepted all the partnership's terms. */
  acceptedTerms: number[];
  decision: AmendmentDecision | null;
  signatures: Signature[];
  /** For an amendment carried over from the old free-text list: who signed, as written. */
  recordedSignedBy: string | null;
  inForceAt: string | null;
  version: number;
}

export const noticeScopes = ['agreement', 'party'] as const;
export type NoticeScope = (typeof noticeScopes)[number];

export interface NoticeRecord {
  id: number;
  scope: NoticeScope;
  /** Who gives notice; for a party's notice, the party leaving. */
  organisationId: number;
  givenOn: IsoDate;
  /** The notice period that applied; 0 = none, null = the agreement has no notice terms. */
  months: number | null;
  ongoingInterventions: string;
  previousStatus: AgreementStatus | null;
  withdrawal: { on: IsoDate; kind: 'agreed' | 'mistake'; note: string } | null;
  recordedAt: string;
}

export interface ExtensionDecision {
  id: number;
  /** The end date the decision was about. */
  forEnd: IsoDate;
  dueBy: IsoDate | null;
  decidedOn: IsoDate;
  outcome: 'extend' | 'notExtend';
  newEnd: IsoDate | null;
  amendmentId: number | null;
  note: string;
}
