// English UI texts for form drafts (see drafts-sv.ts).
import type { draftsSv } from './drafts-sv';

export const draftsEn: Record<keyof typeof draftsSv, string> = {
  'drafts.offerTitle': 'Unsaved draft',
  'drafts.offer': 'You have an unsaved draft from {when}.',
  'drafts.offerHint': 'Restore continues where you left off. Discard removes the draft for good.',
  'drafts.restore': 'Restore',
  'drafts.discard': 'Discard',
  'drafts.saved': 'Draft saved {when}.',
  'drafts.saving': 'Saving draft…',
  'drafts.saveFailed': 'The draft could not be saved. Save the form before you leave the computer.',
  'drafts.leaveTitle': 'You have unsaved changes',
  'drafts.leaveBody':
    'What you typed is kept as a draft for 30 days and offered the next time you open the form. You can also discard the changes.',
  'drafts.stay': 'Keep editing',
  'drafts.leaveKeep': 'Leave, keep the draft',
  'drafts.leaveDiscard': 'Discard the changes',
  'drafts.listTitle': 'Unsaved drafts',
  'drafts.listIntro': 'Open the form to restore or discard the draft. Drafts are deleted after 30 days.',
  'drafts.form.agreement': 'Agreement',
  'drafts.form.amendment': 'Amendment of an agreement',
  'drafts.form.child': 'Child',
  'drafts.form.group': 'Support group',
  'drafts.form.meeting': 'Meeting',
  'drafts.form.consent': 'Consent',
  'drafts.recordNumber': 'no. {id}',
  'drafts.newRecord': 'new',
  'drafts.listItem': '{form} ({record}), saved {when}',
};
