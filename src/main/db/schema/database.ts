import type { Kysely, Transaction } from 'kysely';
import type { AuditLogTable } from './audit-log-table';
import type { OrganisationContactTable } from './organisation-contact-table';
import type { OrganisationRequirementTable } from './organisation-requirement-table';
import type { OrganisationTable } from './organisation-table';
import type { SettingTable } from './setting-table';
import type { UserTable } from './user-table';

export interface Database {
  user: UserTable;
  setting: SettingTable;
  organisation: OrganisationTable;
  organisation_contact: OrganisationContactTable;
  organisation_requirement: OrganisationRequirementTable;
  audit_log: AuditLogTable;
}

export type Db = Kysely<Database>;
/** A handle that may be the database or an open transaction. */
export type DbOrTrx = Kysely<Database> | Transaction<Database>;
