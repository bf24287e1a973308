import type { Generated } from 'kysely';

export interface HandbackPackageTable {
  id: Generated<number>;
  created_at: string;
  created_by_user_id: number | null;
  district: string;
  file_name: string;
  enrolment_count: number;
  sha256: string;
}

export interface HandbackEnrolmentTable {
  enrolment_id: number;
  package_id: number;
}
