import type { Kysely } from 'kysely';
import type { AuditLogTable } from './audit-log-table';
import type { OrganisationContactTable } from './organisation-contact-table';
import type { OrganisationRequirementTable } from './organisation-requirement-table';
import type { OrganisationTable } from './organisation-table';
import type { SettingTable } from './setting-table';
import type { UserTable } from './user-table';
// Support groups and children
import type { AttendanceTable } from './attendance-table';
import type { ChildSearchTokenTable } from './child-search-token-table';
import type { ChildTable } from './child-table';
import type { ConcernReportTable } from './concern-report-table';
import type { ProtectionChangeTable } from './protection-change-table';
import type { ConsentTable } from './consent-table';
import type { EnrolmentTable } from './enrolment-table';
import type { FeedbackTable } from './feedback-table';
import type { GroupSessionTable } from './group-session-table';
import type { GuardianTable } from './guardian-table';
import type { ProgrammeTable } from './programme-table';
import type { SupportGroupTable } from './support-group-table';
// Agreements
import type { AgreementTable } from './agreement-table';
import type { AgreementCriterionTable } from './agreement-criterion-table';
import type { AgreementPartyTable } from './agreement-party-table';
import type { AgreementPartyContactTable } from './agreement-party-contact-table';
import type { AgreementCommitmentTable, AgreementCommitmentTickOffTable } from './agreement-commitment-table';
import type { AgreementGovernanceBodyTable } from './agreement-governance-body-table';
import type { AgreementGovernanceMemberTable } from './agreement-governance-member-table';
import type { AgreementFollowUpTable } from './agreement-follow-up-table';
import type { AgreementBudgetYearTable } from './agreement-budget-year-table';
import type { AgreementBudgetLineTable } from './agreement-budget-line-table';
import type { AgreementFundingTable } from './agreement-funding-table';
import type { AgreementInstalmentTable } from './agreement-instalment-table';
import type { AgreementClauseTable } from './agreement-clause-table';
import type { AgreementAppendixTable } from './agreement-appendix-table';
import type { AgreementOriginalTable, AmendmentSignatureTable, AmendmentTable } from './amendment-table';
import type { AgreementNoticeTable, ExtensionDecisionTable } from './agreement-notice-table';
import type { AgreementSignatureTable } from './agreement-signature-table';
import type { AgreementStatusChangeTable } from './agreement-status-change-table';
import type { AgreementRevisionTable } from './agreement-revision-table';
import type { AgreementPaymentTable } from './agreement-payment-table';
import type { AgreementMeetingTable } from './agreement-meeting-table';
import type { AgreementCompletionTable } from './agreement-completion-table';
import type { AgreementExtraIncomeCountTable } from './agreement-extra-income-count-table';
import type { AgreementFundsConfirmationTable } from './agreement-funds-confirmation-table';
import type {
  AgreementDecisionTable,
  AgreementDeficiencyTable,
  AgreementDisputeTable,
  AgreementDeficiencyStepTable,
  AgreementCircumstanceNoticeTable,
  AgreementRepaymentTable,
} from './agreement-deficiency-tables';
// Reports and gallring
import type { AnonymousConcernReportTable } from './anonymous-concern-report-table';
import type { AnonymousPersonTable } from './anonymous-person-table';
import type { BudgetLineActualTable } from './budget-line-actual-table';
import type { DeletionRunTable } from './deletion-run-table';
import type { ErasureRunTable } from './erasure-run-table';
import type { FormDraftTable } from './form-draft-table';
import type {
  EffectAnswerTable,
  EffectInstrumentTable,
  EffectGroupSumsTable,
  EffectSumsStaleTable,
  ProgrammeInstrumentTable,
} from './effect-evaluation-tables';
import type { AttachmentChunkTable, AttachmentTable } from './attachment-tables';
import type {
  ExchangeIdentityTable,
  ExchangePackageTable,
  ExchangePartnerTable,
  ExchangeReceivedFileTable,
  ExchangePackageChildTable,
  ExchangeSubjectTable,
} from './exchange-tables';
import type { HandbackEnrolmentTable, HandbackPackageTable } from './handback-package-table';
import type { ParticipationRecordTable } from './participation-record-table';

export interface Database {
  user: UserTable;
  setting: SettingTable;
  organisation: OrganisationTable;
  organisation_contact: OrganisationContactTable;
  organisation_requirement: OrganisationRequirementTable;
  audit_log: AuditLogTable;
  // Agreements
  agreement: AgreementTable;
  agreement_criterion: AgreementCriterionTable;
  agreement_party: AgreementPartyTable;
  agreement_party_contact: AgreementPartyContactTable;
  agreement_commitment: AgreementCommitmentTable;
  agreement_commitment_tick_off: AgreementCommitmentTickOffTable;
  agreement_governance_body: AgreementGovernanceBodyTable;
  agreement_governance_member: AgreementGovernanceMemberTable;
  agreement_follow_up: AgreementFollowUpTable;
  agreement_budget_year: AgreementBudgetYearTable;
  agreement_budget_line: AgreementBudgetLineTable;
  agreement_funding: AgreementFundingTable;
  agreement_instalment: AgreementInstalmentTable;
  agreement_clause: AgreementClauseTable;
  agreement_appendix: AgreementAppendixTable;
  amendment: AmendmentTable;
  amendment_signature: AmendmentSignatureTable;
  agreement_original: AgreementOriginalTable;
  agreement_notice: AgreementNoticeTable;
  extension_decision: ExtensionDecisionTable;
  agreement_signature: AgreementSignatureTable;
  agreement_status_change: AgreementStatusChangeTable;
  agreement_revision: AgreementRevisionTable;
  agreement_payment: AgreementPaymentTable;
  agreement_meeting: AgreementMeetingTable;
  agreement_completion: AgreementCompletionTable;
  agreement_decision: AgreementDecisionTable;
  agreement_deficiency: AgreementDeficiencyTable;
  agreement_deficiency_step: AgreementDeficiencyStepTable;
  agreement_circumstance_notice: AgreementCircumstanceNoticeTable;
  agreement_dispute: AgreementDisputeTable;
  agreement_repayment: AgreementRepaymentTable;
  agreement_extra_income_count: AgreementExtraIncomeCountTable;
  agreement_funds_confirmation: AgreementFundsConfirmationTable;
  // Support groups and children
  programme: ProgrammeTable;
  support_group: SupportGroupTable;
  group_session: GroupSessionTable;
  child: ChildTable;
  child_search_token: ChildSearchTokenTable;
  guardian: GuardianTable;
  enrolment: EnrolmentTable;
  consent: ConsentTable;
  attendance: AttendanceTable;
  concern_report: ConcernReportTable;
  protection_change: ProtectionChangeTable;
  feedback: FeedbackTable;
  // Reports and gallring
  anonymous_person: AnonymousPersonTable;
  participation_record: ParticipationRecordTable;
  anonymous_concern_report: AnonymousConcernReportTable;
  handback_package: HandbackPackageTable;
  handback_enrolment: HandbackEnrolmentTable;
  erasure_run: ErasureRunTable;
  deletion_run: DeletionRunTable;
  budget_line_actual: BudgetLineActualTable;
  form_draft: FormDraftTable;
  // Effect evaluation
  effect_instrument: EffectInstrumentTable;
  programme_instrument: ProgrammeInstrumentTable;
  effect_answer: EffectAnswerTable;
  effect_group_sums: EffectGroupSumsTable;
  effect_sums_stale: EffectSumsStaleTable;
  attachment: AttachmentTable;
  attachment_chunk: AttachmentChunkTable;
  // Partner exchange
  exchange_identity: ExchangeIdentityTable;
  exchange_partner: ExchangePartnerTable;
  exchange_package: ExchangePackageTable;
  exchange_subject: ExchangeSubjectTable;
  exchange_received_file: ExchangeReceivedFileTable;
  exchange_package_child: ExchangePackageChildTable;
}

export type Db = Kysely<Database>;
