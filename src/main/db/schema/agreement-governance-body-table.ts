import type { GovernanceBodyKind } from '../../../shared/agreements/model';

export interface AgreementGovernanceBodyTable {
  agreement_id: number;
  body_key: string;
  position: number;
  kind: GovernanceBodyKind;
  name: string;
  decision_rule: string;
  chair_rotation: string;
  minute_taker_rotation: string;
  convener_organisation_id: number | null;
  cadence_kind: 'everyMonths' | 'perTerm' | 'timesPerYear';
  /** Months for everyMonths, times for timesPerYear, null for perTerm. */
  cadence_value: number | null;
}
