/** Children from other municipalities per agreement, year and source (written by the support-group domain). */
export interface AgreementExtraIncomeCountTable {
  agreement_id: number;
  year: number;
  source: string;
  children: number;
  updated_at: string;
}
