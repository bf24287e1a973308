export interface ChildSearchTokenTable {
  token: string;
  child_id: number;
}
