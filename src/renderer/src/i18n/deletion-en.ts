// English UI texts for deleting a mistake and for the retention rules.
import type { deletionSv } from './deletion-sv';

export const deletionEn: Record<keyof typeof deletionSv, string> = {
  'deletion.cannotUndo': 'The data is deleted at once and completely, from the database file too. This cannot be undone.',
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
};
