import type { OrganisationRequirement, RequirementStatus } from '../../../shared/organisations/requirements';

export interface OrganisationRequirementTable {
  organisation_id: number;
  requirement: OrganisationRequirement;
  status: RequirementStatus;
  comment: string;
  checked_on: string | null;
  checked_by_user_id: number | null;
}
