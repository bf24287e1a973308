// The SQL printing needs beyond the domains' own reads: the hand-back packages
// of a district that hold enrolments of the given groups (for the cover letter).
import { sql } from 'kysely';
import type { ReadDb } from '../db/handles';

export interface PackageRow {
  created_at: string;
  file_name: string;
  enrolment_count: number;
  sha256: string;
}

/** Packages written for `district` holding at least one enrolment of the groups, oldest first. */
export async function handBackPackageRows(
  db: ReadDb,
  district: string,
  groupIds: readonly number[],
): Promise<PackageRow[]> {
  const { rows } = await sql<PackageRow>`
    SELECT p.created_at, p.file_name, p.enrolment_count, p.sha256
    FROM handback_package p
    WHERE p.district = ${district}
      AND EXISTS (
        SELECT 1 FROM handback_enrolment he JOIN enrolment e ON e.id = he.enrolment_id
        WHERE he.package_id = p.id AND e.group_id IN (SELECT value FROM json_each(${JSON.stringify(groupIds)})))
    ORDER BY p.created_at, p.id`.execute(db);
  return rows;
}
