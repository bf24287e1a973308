export interface BudgetLineActualTable {
  agreement_id: number;
  year: number;
  label: string;
  amount: number;
  updated_at: string;
  updated_by_user_id: number | null;
}
