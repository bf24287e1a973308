import type { ActingThroughKind, PartyRole } from '../../../shared/agreements/model';

export interface AgreementPartyTable {
  agreement_id: number;
  organisation_id: number;
  position: number;
  role: PartyRole;
  acting_through_kind: ActingThroughKind;
  acting_through: string;
  signatory_name: string;
  signatory_title: string;
}
