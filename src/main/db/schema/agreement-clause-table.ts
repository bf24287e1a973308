export interface AgreementClauseTable {
  agreement_id: number;
  clause_key: string;
  position: number;
  heading: string;
  /** May hold placeholders such as {{årsbelopp}}. */
  text: string;
}
