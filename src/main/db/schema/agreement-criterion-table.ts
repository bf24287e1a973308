import type { IopCriterion } from '../../../shared/agreements/model';

export interface AgreementCriterionTable {
  agreement_id: number;
  criterion: IopCriterion;
  justification: string;
}
