import { commitmentsEn } from './commitments-en';
import { deficienciesEn } from './deficiencies-en';
import { printingEn } from './printing-en';
import { importEn } from './import-en';
import { effectEn } from './effect-en';
import { exchangeEn } from './exchange-en';
import type { MessageKey } from './sv';

export const en: Record<MessageKey, string> = {
  ...deficienciesEn,
  ...printingEn,
  ...importEn,
  ...effectEn,
  ...commitmentsEn,
  ...exchangeEn,
  validation: 'The details could not be saved. Correct the marked fields.',
  forbidden: 'You are not allowed to do this.',
  locked: 'The app is locked. Unlock it to continue.',
  notFound: 'The item does not exist (it may have been removed).',
  conflict: 'The item was changed by someone else. Reload and try again.',
  internal: 'An unexpected error occurred. Nothing was saved. Try again or contact IT support.',
  untrustedSender: "The call did not come from the app's own window and was stopped.",
  unknownChannel: 'Unknown function.',
  passwordChangeRequired: 'You must change your temporary password before you continue.',
  'installation.exists': 'The app is already installed on this computer.',
  'installation.missing': 'The app is not installed yet. Run the setup wizard first.',
  'database.newerVersion':
    'The database was created by a newer version of IOP Desk. Install the latest version before opening it.',
  'database.cannotOpen': 'The database could not be opened. It may be damaged or the key wrong.',
  'database.missing':
    'The database file is missing from the data folder. Nothing was changed. Check whether it was moved (e.g. by antivirus software) or restore from a backup.',
  'dataFolder.inUse':
    'The data folder is already in use by IOP Desk in another window or by a command that changes data. Close it first and try again.',
  'dataFolder.inUseForChange':
    'The data folder is open in IOP Desk or in use by another command. Close the app (and wait for a running backup to finish) before you restore or add demo data.',
  'audit.writeFailed':
    'The action could not be written to the audit log and therefore counts as failed. Try again in a moment; if it persists, contact IT support.',
  'auth.wrongCredentials': 'Wrong user name or password.',
  'auth.throttled': 'Too many failed attempts. Wait a while before trying again.',
  'auth.userDisabled': 'The account is disabled. Contact an administrator.',
  'auth.wrongRecoveryKey': 'The recovery key does not match.',
  'auth.samePassword': 'The new password must differ from the old one.',
  'users.usernameTaken': 'The user name is already taken.',
  'users.cannotDisableSelf': 'You cannot disable your own account.',
  'users.lastAdmin': 'There must be at least one active administrator.',
  'organisations.duplicateOrgNumber': 'An organisation with that organisation number already exists.',
  'field.required': 'This field is required.',
  'field.tooLong': 'The text is too long.',
  'field.invalid': 'Invalid value.',
  'field.email': 'Enter a valid email address, e.g. name@municipality.se.',
  'field.phone': 'Enter a phone number with digits, e.g. 08-123 456 78.',
  'field.postalCode': 'The postal code must be five digits, e.g. 111 22.',
  'field.date': 'Enter a valid date in the form YYYY-MM-DD.',
  'password.tooShort': 'The password must be at least 12 characters long.',
  'password.mismatch': 'The passwords do not match.',
  'username.format':
    'The user name may only contain lower-case a–z, digits, dot and hyphen (2–32 characters).',
  'idleMinutes.range': 'Enter a time between 1 and 120 minutes.',
  'orgNumber.empty': 'Enter the organisation number.',
  'orgNumber.characters': 'The organisation number may only contain digits and one hyphen.',
  'orgNumber.length': 'The organisation number has 10 digits in the form NNNNNN-NNNN.',
  'orgNumber.personalIdentityNumber':
    'This looks like a personal identity number. Organisation numbers have 2 or higher as the third digit.',
  'orgNumber.checkDigit': 'The check digit does not match. Check that the number is typed correctly.',
  'bankgiro.format': 'A bankgiro number has 7 or 8 digits, e.g. 123-4566 or 1234-5674.',
  'bankgiro.checkDigit': 'The bankgiro check digit does not match.',
  'plusgiro.format': 'A plusgiro number has 2–8 digits, e.g. 90 01 22-3.',
  'plusgiro.checkDigit': 'The plusgiro check digit does not match.',
  'backup.wrongSecret':
    'The backup could not be opened with that passphrase or key. Check that you typed it correctly. Nothing was changed.',
  'backup.notBackup': 'The file is not an IOP Desk backup. Nothing was changed.',
  'backup.tampered':
    'The backup is damaged or was changed after it was made, and cannot be used. Nothing was changed.',
  'backup.newerVersion':
    'The backup comes from a newer version of IOP Desk. Install the latest version and try again. Nothing was changed.',
  'backup.noRecipient':
    'No key for scheduled backups is set. Create a backup key under Administration → Backups.',
  'backup.folderUnavailable': 'The folder does not exist or cannot be written to. Choose another folder.',
  'backup.fileUnavailable': 'The file does not exist or cannot be read.',
  'backup.writeFailed':
    'The backup could not be completed (for example because the disk is full or the drive was removed). No incomplete file was kept.',
  'backup.busy': 'A backup, check or restore is already running. Wait until it has finished.',
  'backup.cancelled': 'The operation was cancelled. Nothing was changed.',
  'backup.restoreInProgress': 'A restore is in progress. Wait until it has finished, then sign in again.',
  'backup.originUnverified':
    'This backup was not made by this installation. It comes from another installation or was forged. Nothing was changed. Restore it only after checking the installation id and key fingerprint against your printed record.',
  'backup.noOriginProof':
    'This backup was made by an earlier version of IOP Desk and carries no proof that it comes from this installation. Nothing was changed. Restore it only if you know it is the right file.',
  'backup.databaseBusy':
    'The database was busy the whole time and could not be backed up. Try again in a while. Nothing was changed.',
  'passphrase.tooShort': 'The passphrase must be at least 12 characters long.',
  'backup.recipientFormat':
    'The public key must start with age1 (for example from the backup keygen command).',
  'backup.identityFormat': 'The secret key must start with AGE-SECRET-KEY-1.',
  'backup.keepRange': 'Enter a number between 0 and 100.',

  // Support groups and children (error codes)
  'children.duplicateIdentityNumber':
    'A child with that personal identity or coordination number already exists.',
  'children.guardianHasConsents':
    'The guardian has recorded consents and cannot be removed. Mark them as not having custody instead.',
  'children.liftProtectionSeparately':
    "Protected identity is not lifted by saving the child. Use “Lift protection” on the child's page and give the reason.",
  'children.notProtected': 'The child has no protected identity.',
  'supportGroups.groupFull':
    'The group is full: the maximum number of children is reached. Choose another group or put the child on the waiting list.',
  'supportGroups.maxBelowPlaced':
    'The maximum group size cannot be lower than the number of children already placed.',
  'supportGroups.sessionHasAttendance':
    'A session with recorded attendance cannot be removed. Mark it as cancelled instead.',
  'supportGroups.closed': 'The group is already finished or cancelled.',
  'supportGroups.closingOutcomes': 'The group was not closed. Give the outcome for each child:',
  'supportGroups.closeWithOutcomes':
    'Children are still taking part in the group. Close it with “Close the group” so that each child’s outcome is recorded.',
  'supportGroups.outcomeMissing': 'The child has no outcome.',
  'supportGroups.completedNotStarted': 'The child has not started in the group and cannot have completed it.',
  'supportGroups.wrongProgramme': 'The group belongs to another programme than the enrolment.',
  'supportGroups.outsideAgreementPeriod':
    "The group and all its sessions must lie within the agreement's period, {start}–{end}. Choose another start date or move the sessions.",
  'supportGroups.outsideAppendixPeriod':
    'The group and all its sessions must lie within the period of the appendix of the organisation running the programme, {start}–{end}.',
  'supportGroups.agreementUnderNotice':
    'Notice has been given on the agreement and it ends {end}. No new programmes, groups or sessions can be planned during the notice period; groups already running are carried out as planned.',
  'supportGroups.agreementEnded':
    'The agreement ended {end}. No new programmes, groups or sessions can be planned under an agreement that has ended.',
  'supportGroups.agreementRescinded':
    'The agreement has been rescinded. No new programmes, groups or sessions can be planned under it.',
  'supportGroups.runningPartyRequired':
    'The agreement has several non-profit parties. Choose the organisation running the programme, so that it falls under its appendix.',
  'supportGroups.notRunningParty': 'The organisation is not a non-profit party of the agreement.',
  'supportGroups.programmeHasGroups':
    'The programme already has groups. It cannot move to another agreement; create a new programme under that agreement instead.',
  'enrolments.transitionNotAllowed': 'The status cannot change that way from where it is now.',
  'enrolments.gateNotMet': 'The child cannot start yet. This is missing:',
  'enrolments.gateNotMet.participant': 'The participant cannot start yet. This is missing:',
  'enrolments.ageOutsideRange':
    "The child's age at the group start is outside the programme's age range. Give a reason for the exception.",
  'enrolments.alreadyActive': 'The child already has an open enrolment in this programme.',
  'enrolments.groupRequired': 'Choose a group for this status.',
  'enrolments.reasonRequired': 'Give the reason the participation ends.',
  'enrolments.guardianNotOfChild': "The guardian does not belong to the enrolment's child.",
  'enrolments.adultConsentsThemselves':
    'The person is 18 or older on the day of the group’s first session and consents for themselves.',
  'enrolments.minorCannotConsentAlone':
    'The person is under 18 on the day of the group’s first session. A custodian, god man or särskilt förordnad vårdnadshavare consents.',
  'attendance.gateNotMet': 'Attendance cannot be recorded. This is missing:',
  'attendance.notAdmitted': 'Attendance can only be recorded for children who are admitted or participating.',
  'attendance.sessionCancelled':
    'The session is cancelled. Change the schedule first if it took place after all.',
  'attendance.notInGroup': 'The child is not in this group.',
  'attendance.futureSession':
    'Attendance cannot be recorded for a session that has not taken place yet. Wait until the day of the session.',

  // Support groups and children (field validation)
  'identityNumber.empty': 'Enter the personal identity or coordination number.',
  'identityNumber.characters': 'The number may only contain digits and a dash or plus sign.',
  'identityNumber.format': 'Write the number as YYMMDD-NNNN, YYMMDD+NNNN (100 or older) or YYYYMMDDNNNN.',
  'identityNumber.date': 'The date in the number does not exist. Check year, month and day.',
  'identityNumber.future': 'The birth date in the number is in the future.',
  'identityNumber.serial': 'The birth number (the three digits after the date) cannot be 000.',
  'identityNumber.checkDigit': 'The check digit does not match. Check that the number is typed correctly.',
  'identity.kindMismatch':
    'The number does not match the chosen type: a coordination number has 60 added to the day, a personal identity number does not.',
  'identity.birthRequired':
    'Enter a birth date, a birth year or, when not even the year is known, an age band when the person has no Swedish number.',
  'field.year': 'Enter a four-digit year, e.g. 2012.',
  'field.time': 'Enter a time as HH:MM, e.g. 17:00.',
  'field.number': 'Enter a whole number.',
  'field.range': 'The value is outside the allowed range.',
  'field.money': 'Enter an amount in kronor, optionally with öre, e.g. 5 000.',
  'field.futureDate': 'The date cannot be in the future.',
  'field.dateOrder': 'The date cannot be before the earlier date.',
  'field.tooMany': 'Too many rows.',
  'ageRange.order': 'The highest age must be at least the lowest.',
  'ageRange.both': 'Enter both the lowest and the highest age, or neither.',
  'groupSize.order': 'The largest group size must be at least the smallest.',
  'schedule.weekendStartsSaturday':
    'A support weekend starts on a Saturday. Choose a Saturday as the start date.',
  'schedule.weekendTooShort': 'A support weekend has at least three full days.',
  'schedule.count': 'The number of sessions must be between 1 and 60.',
  'feedback.identityNumber': 'The summary must not contain identity numbers or names.',
  'gate.noCustodialGuardian':
    'Nobody who can consent for the child is registered (a guardian with custody, a god man or a särskilt förordnad vårdnadshavare).',
  'gate.consentMissing': 'Consent is missing.',
  'gate.consentRefused': 'Consent was refused.',
  'gate.consentWithdrawn': 'Consent was withdrawn.',
  'gate.socialServicesNotice': 'Social services have not been informed (date, by whom, to whom).',

  // Agreements and documents
  'agreements.duplicateRegistrationNumber':
    'An agreement or appendix with that registration number already exists.',
  'agreements.transitionBlocked': 'The status cannot change yet. This is missing or needs correcting:',
  'agreements.notEditable':
    'The agreement has been decided and its terms can no longer be changed directly. Change them by an amendment (the Amendments tab); contact persons and members can be changed directly.',
  'agreements.notAParty': 'The organisation is not a party to the agreement.',
  'amendments.nothingChanged':
    'The amendment changes nothing in the agreement. Contact persons and members are changed directly on the agreement, without an amendment.',
  'amendments.effectiveOutsidePeriod':
    'The date the amendment takes effect must lie within the agreement period.',
  'amendments.effectiveBeforeEarlier':
    'The amendment cannot take effect before an amendment already in force.',
  'amendments.noExtensionTerms': 'The agreement has no extension terms and cannot be extended by amendment.',
  'amendments.extensionBeyondMax':
    'The extension goes further than the agreement allows (maximum years from the original end date).',
  'amendments.startFixed': 'The start date cannot be changed by amendment.',
  'amendments.partyRules': 'The agreement must have at least one public and one non-profit party.',
  'amendments.concernedMissing':
    'Every public party and every party joining or leaving must sign the amendment. Mark them as concerned.',
  'amendments.joiningNeedsAppendix':
    'A joining organisation needs an appendix of its own with its commitments, money, period and registration number.',
  'amendments.termsNotAccepted':
    "Record that the joining organisation accepts all the partnership's terms before the amendment is decided.",
  'amendments.stale':
    "The agreement has been changed by another amendment since this one was written. Open the draft and save it again against today's terms.",
  'amendments.agreementNotOpen':
    'Amendments can only be made to a decided agreement that has not ended or been rescinded.',
  'amendments.notDraft': 'The amendment has been decided and can no longer be changed or removed.',
  'amendments.transitionNotAllowed': 'The amendment cannot move to that status from its current one.',
  'amendments.notConcerned': 'The organisation is not concerned by the amendment and does not sign it.',
  'amendments.extensionAlreadyDecided': 'A decision on extension is already recorded for this end date.',
  'amendments.signBeforeDecision':
    'The amendment cannot be signed before its decision or dated before the decision.',
  'agreements.alreadyUnderNotice':
    'Notice has already been given. A new notice cannot be recorded while it stands.',
  'agreements.leavingBreaksPartyRules':
    'If that party leaves, no public or no non-profit party remains. Give notice of the whole agreement instead.',
  'agreements.noticeAlreadyWithdrawn': 'The notice has already been withdrawn.',
  'agreements.withdrawalNeedsAgreement':
    "A notice binds. It can be withdrawn only with the other parties' agreement: describe it (who, when, where it is recorded).",
  'agreements.undoOnlySameDay':
    'A notice entered by mistake can only be undone the day it was recorded. After that the other parties must agree.',
  'agreements.paymentAfterPartyLeft':
    'The party has left the agreement and its appendix has ended. Payments after that date cannot be recorded.',
  'agreements.notUnderNotice': 'The agreement is not under notice.',
  'agreements.groupsStillRunning':
    'The agreement cannot be ended while its groups are running. Mark each group finished once its last session is held, or cancel it:',
  'documents.folderInvalid': 'Choose an existing folder (a full path) to save the document in.',
  'documents.writeFailed':
    'The document could not be saved in the folder. Check that you may write there and that there is space.',
  'documents.amendmentRequired': 'Choose which amendment to print.',
  'money.format': 'Enter an amount in kronor, e.g. 711 833 or 12,50.',
  'money.integer': 'The amount must be in whole öre (at most two decimals).',
  'money.negative': 'The amount cannot be negative.',
  'money.positive': 'The amount must be greater than zero.',
  'agreements.keyFormat': 'The key may only contain letters a–z, digits, hyphens and underscores.',
  'agreements.criterionMissing': 'Justify how the criterion is met before the agreement goes for decision.',
  'agreements.decisionMissing': "Record the board's decision (board, date and paragraph) first.",
  'agreements.dateInFuture': 'The date cannot be in the future.',
  'agreements.noFundsCondition':
    'The agreement is not subject to funds being granted, so there are no years to confirm.',
  'agreements.fundsYearOutsidePeriod': "The year is outside the agreement's period.",
  'agreements.fundsAlreadyConfirmed':
    'The funds for the year are already confirmed. Remove that confirmation first to change it.',
  'agreements.beforeStart': "The date is before the agreement's start date.",
  'agreements.noSignatures': "Record at least one party's signature.",
  'agreements.missingSignatures':
    'Not every party has signed. The agreement can become active only when every party has signed.',
  'agreements.signBeforeDecision':
    'The agreement cannot be signed before it has been decided (board, date and paragraph).',
  'agreements.notYetEnded': 'The agreement can be ended only after its end date has passed.',
  'agreements.noNoticeTerms':
    'The agreement has no notice period. Enter one or rescind the agreement instead.',
  'agreements.transitionNotAllowed': 'That status change is not possible from the current status.',
  'agreements.unknownOrganisation': 'The organisation is not in the organisation register.',
  'agreements.notNonprofit': 'A non-profit party must be a non-profit organisation in the register.',
  'agreements.notPublic': 'A public party must be a municipality, region or state agency in the register.',
  'agreements.duplicateParty': 'The organisation is already a party to the agreement.',
  'agreements.tooFewParties': 'An agreement needs at least two parties.',
  'agreements.noPublicParty': 'At least one party must be public (municipality, region or state agency).',
  'agreements.noNonprofitParty': 'At least one party must be a non-profit organisation.',
  'agreements.periodInverted': 'The end date must be on or after the start date.',
  'agreements.extensionBeforeStart':
    'The last day to decide on an extension falls before the start date. Enter fewer months.',
  'agreements.ageRangeInverted': 'The highest age must be at least the lowest.',
  'agreements.duplicateKey': 'The key is already used in the agreement.',
  'agreements.duplicateYear': 'The year is already in the budget.',
  'agreements.yearOutsidePeriod': "The year is outside the agreement's period.",
  'agreements.budgetLinesMismatch': "The budget lines do not add up to the year's amount.",
  'agreements.fundingMismatch': "The parties' shares do not add up to the year's amount.",
  'agreements.recipientNotNonprofit': 'The money must be paid to a non-profit party of the agreement.',
  'agreements.payerIsRecipient':
    'A party cannot pay itself. Leave the recipient empty for an own contribution.',
  'agreements.instalmentsMismatch': "The instalments do not add up to each year's shares per payer.",
  'agreements.unknownPlaceholder': 'The text holds an unknown placeholder. Check the spelling inside {{ }}.',
  'agreements.templateSlotMissing': 'Choose an organisation for every role in the template.',
  'agreements.templateSlotKind': 'The organisation is of the wrong kind for this role in the template.',
  'agreements.unknownBody': 'The governance body is not part of the agreement.',
  'agreements.unknownItem': "There is no such follow-up item in the agreement's calendar.",
  'agreements.clauseNoticeMonthsMissing':
    'The clause is about notice but the notice period is not entered. Enter the months or "No notice period" under Period.',
  'agreements.clauseNoticeNone':
    'The clause gives notice in months but the agreement has no notice period. Write {{uppsägningsvillkor}} instead of {{uppsägningstid}} månaders uppsägningstid.',
  'agreements.clauseExtensionYearsMissing':
    'The clause is about extension but the longest extension (years) is not entered under Period.',
  'agreements.clauseExtensionDecisionMissing':
    'The clause says when an extension must be decided but the months before the end are not entered under Period.',
  'agreements.clauseBudgetMissing':
    'The clause rests on the budget but the budget is empty. Enter the yearly amounts under Economy.',
  'agreements.clauseFundingMissing':
    "The clause says how the cost is shared but no party's share is entered under Economy.",
  'agreements.clausePaymentPlanMissing':
    'The clause refers to the payment plan but the plan has no instalments.',
  'agreements.clauseFeeMissing':
    'The clause is about a fee per child but no fee is entered. Enter it under Economy or remove the clause; it is not printed while the fee is blank.',
  'agreements.clauseAgesMissing': "The clause mentions the target group's ages but no age is entered.",
  'agreements.clauseFundsConditionUnticked':
    'The clause says "provided funds are granted" but the condition is not ticked under Period. Tick it or change the text.',
  'agreements.clauseSteeringGroupMissing':
    'The clause mentions the steering group but the agreement has no steering group.',
  'agreements.clauseAnnualReportMissing':
    'The clause mentions the annual report but no annual report is among the follow-ups.',
  'agreements.clauseCopiesTwice': 'Signing in identical copies is already stated in another clause.',
  'agreements.statementUncrcNotYetLaw':
    'The Convention on the Rights of the Child is Swedish law only from 2020-01-01. An agreement starting earlier cannot say it is law.',

  // Reports and gallring
  'reports.folderInvalid': 'Choose an existing folder (a full path) to save the report in.',
  'reports.writeFailed':
    'The report could not be saved in the folder. Check that you may write there and that there is space.',
  'reports.periodOrder': 'The end date must be on or after the start date.',
  'reports.thresholdRange': 'Enter a number between 3 and 20.',
  'reports.retentionRange': 'Enter a number of days between 0 and 365.',
  'reports.duplicateLine': 'The budget line is already in the actuals.',
  'erasure.notOver':
    'The group is neither finished nor cancelled. Its data is erased only once the group is over.',
  'erasure.notHandedBack':
    'The data has not been handed back to social services yet. Create the hand-back packages first, then erase.',
  'erasure.nothingToErase': 'There is no data left to erase for the chosen groups.',
  'erasure.writeFailed':
    'The hand-back package could not be saved in the folder. Check that you may write there and that there is space.',
  'erasure.folderInvalid': 'Choose an existing folder (a full path) to save the hand-back packages in.',
  'erasure.passphraseTooShort': 'The passphrase must have at least 16 characters. Several words work well.',
  'erasure.confirmRequired':
    'Confirm that the hand-back packages are saved and that the passphrase has been handed over.',
  'retention.daysRange': 'Enter a whole number of days within the allowed range.',
  'deletion.confirmRequired': 'Confirm that the data is to be deleted. This cannot be undone.',
  'deletion.childHasHistory':
    'The child has had a place in a group, attendance or a concern report. It is not deleted as a mistake but erased by gallring after the hand-back to social services.',
  'deletion.notDraft':
    'Only an agreement that is a draft can be deleted. An agreement that has moved on is ended instead.',
  'deletion.draftInUse':
    'The draft already has programmes or feedback linked to it. Remove them first, or end the agreement.',
  'deletion.organisationInUse':
    'The organisation is a party to or named in an agreement, or runs a programme. It cannot be deleted.',
  'audit.badAnchor':
    'The text holds no audit head. Paste the line that starts with IOPDESK-LOGGHUVUD from the printout.',
  'attachments.fileUnreadable': 'The file could not be read. Choose a file (not a folder) on this computer.',
  'attachments.empty': 'The file is empty. Choose the file again, or scan the document again.',
  'attachments.tooLarge': 'The file is larger than {max|# MB|# MB}. Split it or scan at a lower resolution.',
  'attachments.typeRefused':
    'The file is not a PDF, a JPEG or PNG image, a Word document (.docx) or an Excel workbook (.xlsx). The type is decided by the content, not the name. Save the document as PDF and try again.',
  'attachments.macroRefused':
    'Documents with macros (.docm, .xlsm) are not accepted. Save it as a plain Word document (.docx), Excel workbook (.xlsx) or PDF and try again.',
  'attachments.notViewable':
    'Only images (JPEG, PNG) are shown in the app. Save a copy to open PDF, Word and Excel files.',
  'attachments.folderInvalid': 'Choose an existing folder (a full path) to save the copy in.',
  'attachments.writeFailed':
    'The copy could not be saved in the folder. Check that you may write there and that there is space.',
};
