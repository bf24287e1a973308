export interface AgreementCompletionTable {
  agreement_id: number;
  item_key: string;
  completed_at: string;
  user_id: number | null;
}
