export interface AgreementBudgetYearTable {
  agreement_id: number;
  year: number;
  amount: number;
}
