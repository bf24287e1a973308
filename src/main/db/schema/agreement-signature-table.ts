export interface AgreementSignatureTable {
  agreement_id: number;
  organisation_id: number;
  name: string;
  title: string;
  place: string;
  signed_on: string;
  recorded_by_user_id: number | null;
  recorded_at: string;
}
