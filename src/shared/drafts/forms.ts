// The forms that keep a draft (issue 11, "Nothing typed is lost"): those that
// take more than a minute to fill. Each is keyed by the record it edits (an
// agreement, a child, a group, an enrolment) or by nothing ("new"), and may be
// used by the roles that may save that form; main enforces both.
import type { Role } from '../roles';

export const draftForms = ['agreement', 'amendment', 'child', 'group', 'meeting', 'consent'] as const;
export type DraftForm = (typeof draftForms)[number];

/** What the record id of a draft points at; it is erased with that record. */
export type DraftRecordKind = 'agreement' | 'child' | 'group' | 'enrolment';

interface DraftFormRule {
  /** The roles that may save the form itself (its channel's `access`). */
  roles: readonly Role[];
  record: DraftRecordKind;
  /** Whether the form also creates records (a draft with no record id). */
  allowsNew: boolean;
}

const agreementWriters: readonly Role[] = ['admin', 'caseworker'];
const personalDataWorkers: readonly Role[] = ['admin', 'caseworker', 'coordinator'];

export const draftFormRules: Readonly<Record<DraftForm, DraftFormRule>> = {
  // agreements:save, agreements:saveAmendment (writers)
  agreement: { roles: agreementWriters, record: 'agreement', allowsNew: false },
  amendment: { roles: agreementWriters, record: 'agreement', allowsNew: false },
  // children:create / children:update
  child: { roles: personalDataWorkers, record: 'child', allowsNew: true },
  // supportGroups:create / supportGroups:update
  group: { roles: personalDataWorkers, record: 'group', allowsNew: true },
  // agreements:addMeeting (meetingWriters): a new meeting of an agreement
  meeting: { roles: personalDataWorkers, record: 'agreement', allowsNew: false },
  // enrolments:recordConsent
  consent: { roles: personalDataWorkers, record: 'enrolment', allowsNew: false },
};

/** The roles that may use at least one form with a draft: the channels' `access`. */
export const draftUsers: readonly Role[] = personalDataWorkers;

export const mayUseDraftForm = (role: Role, form: DraftForm): boolean => draftFormRules[form].roles.includes(role);

/** Drafts older than this are deleted (on unlock): they are personal data kept for nothing. */
export const draftLifetimeDays = 30;

/** Seconds after the last keystroke before the draft is saved. */
export const draftSaveDelayMs = 3_000;

/** The largest draft main keeps (characters of its JSON). */
export const draftMaxChars = 400_000;
