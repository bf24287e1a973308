// English UI texts for deleting a mistake and for the retention rules.
import type { deletionSv } from './deletion-sv';

export const deletionEn: Record<keyof typeof deletionSv, string> = {
  'deletion.cannotUndo':
    'The data is deleted at once and completely, from the database file too. This cannot be undone.',
  'deletion.reason': 'Why is it to be deleted?',
  'deletion.reasonRequired': 'Choose a reason.',
  'deletion.reason.wrongPerson': 'The wrong person was registered',
  'deletion.reason.wrongOrganisation': 'The wrong organisation was registered',
  'deletion.reason.duplicate': 'Registered twice',
  'deletion.reason.testEntry': 'A test entry',
  'deletion.reason.other': 'Another mistake',
  'deletion.confirm': 'I understand that the data cannot be recovered.',
  'deletion.confirmRequired': 'Confirm that the data is to be deleted.',
  'deletion.delete': 'Delete',

  'deletion.child.button': 'Delete mistaken registration',
  'deletion.child.title': 'Delete a child registered by mistake',
  'deletion.child.body':
    'The child is deleted with guardians, foster home, contact details, interest registrations and consents. A child who has had a place in a group is not deleted here but erased by gallring after the hand-back.',
  'deletion.child.done': 'The child is deleted.',
  'deletion.child.title.participant': 'Delete a participant registered by mistake',
  'deletion.child.body.participant':
    'The participant is deleted with guardians, foster home, contact details, interest registrations and consents. A participant who has had a place in a group is not deleted here but erased by gallring after the hand-back.',
  'deletion.child.done.participant': 'The participant is deleted.',

  'deletion.draft.button': 'Delete draft',
  'deletion.draft.title': 'Delete the draft',
  'deletion.draft.body': 'The draft is deleted with its parties, contact persons, economy and versions.',
  'deletion.draft.done': 'The draft is deleted.',

  'deletion.organisation.button': 'Delete organisation',
  'deletion.organisation.title': 'Delete organisation',
  'deletion.organisation.body':
    'The organisation is deleted with its contact persons and requirement checklist. An organisation that is a party to an agreement or runs a programme cannot be deleted.',
  'deletion.organisation.done': 'The organisation is deleted.',

  'channel.children:deleteMistake': 'Delete a child registered by mistake',
  'channel.agreements:deleteDraft': 'Delete a draft agreement',
  'channel.organisations:delete': 'Delete organisation',
  'retentionCard.title': 'Erasure of other data',
  'retentionCard.waitingEntries': 'Registrations that never led to a place',
  'retentionCard.childrenWithoutEnrolment': 'Children without a registration',
  'retentionCard.counts': 'Overdue: {overdue}. To be erased within two weeks: {due}.',
  'retentionCard.nothingDue': 'Nothing to erase now.',
  'retentionCard.erase.waitingEntries': 'Erase overdue registrations',
  'retentionCard.erase.childrenWithoutEnrolment': 'Erase overdue children',
  'retentionCard.rules':
    'Rules: registrations are erased {waiting|# day|# days} after cancellation or refusal, or after {stale|# day|# days} unchanged; children without a registration {children|# day|# days} after their last change. Guardians and foster homes are erased with the child.',
  'retentionErase.title': 'Erase data whose time has run out',
  'retentionErase.body.waitingEntries':
    'Registrations that never led to a place and whose time has run out are deleted, with their consents. A child with no other registration is deleted at the same time with guardians and foster home.',
  'retentionErase.body.childrenWithoutEnrolment':
    'Children without a registration whose time has run out are deleted with guardians, foster home and contact details.',
  'retentionErase.confirm': 'Erase',
  'retentionErase.done': 'Erased. Registrations: {enrolments}. Children: {children}.',

  'retentionSettings.heading': 'Erasure of other data',
  'retentionSettings.intro':
    'How long data that is not erased with a group is kept. Guardians, foster homes and contact details are always erased with the child.',
  'retentionSettings.waitingEntryDays': 'Registrations that never led to a place, days',
  'retentionSettings.waitingEntryDaysHint':
    'Counted from cancellation or refusal, or from the registration going stale. Default: 90 days, allowed 0–730.',
  'retentionSettings.staleAfterDays': 'A registration goes stale after, days unchanged',
  'retentionSettings.staleAfterDaysHint': 'Default: 365 days, allowed 30–1,095.',
  'retentionSettings.childWithoutEnrolmentDays': 'Children never registered, days',
  'retentionSettings.childWithoutEnrolmentDaysHint':
    "Counted from the child's last change. A child whose last registration is erased is deleted at the same time. Default: 90 days, allowed 0–730.",
  'retentionSettings.save': 'Save the erasure rules',
  'retentionSettings.saved': 'The erasure rules are saved.',

  'channel.retention:erase': 'Erase by rule',
  'channel.retention:updateSettings': 'Change erasure rules',
};
