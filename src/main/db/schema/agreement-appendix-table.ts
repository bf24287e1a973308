import type { Generated } from 'kysely';

export interface AgreementAppendixTable {
  id: Generated<number>;
  agreement_id: number;
  position: number;
  title: string;
  registration_number: string;
  organisation_id: number | null;
  valid_from: string | null;
  valid_to: string | null;
}
