import type { Generated } from 'kysely';

/** A person in the anonymised records; `child_id` is NULL once the child is deleted. */
export interface AnonymousPersonTable {
  id: Generated<number>;
  child_id: number | null;
}
