// English UI texts for attachments (spread into the English catalogue in en.ts).
import type { attachmentsSv } from './attachments-sv';

export const attachmentsEn: Record<keyof typeof attachmentsSv, string> = {
  'attachments.intro':
    'Scanned signed papers and other files that belong here. PDF, JPEG, PNG, Word (.docx) and Excel (.xlsx), at most 25 MB each. The files are kept encrypted in the app.',
  'attachments.none': 'No files attached yet.',
  'attachments.loading': 'Fetching attached files…',
  'attachments.add': 'Attach file…',
  'attachments.addTo': 'Attach file: {what}',
  'attachments.adding': 'Reading and checking the file…',
  'attachments.added': '{name} is attached.',
  'attachments.name': 'Name',
  'attachments.type': 'Type',
  'attachments.size': 'Size',
  'attachments.addedOn': 'Added',
  'attachments.actions': 'Actions',
  'attachments.by': 'by {who}',
  'attachments.saveCopyOf': 'Save a copy of {name}',
  'attachments.saved': 'The copy was saved as {name}.',
  'attachments.removeOf': 'Remove {name}',
  'attachments.removeTitle': 'Remove attached file',
  'attachments.removeBody':
    '{name} is removed from the app for good, including the database log. This cannot be undone. Copies you saved outside the app remain.',
  'attachments.removeConfirm': 'Remove the file',
  'attachments.cancel': 'Cancel',
  'attachments.removed': '{name} is removed.',
  'attachments.ofAgreement': 'Files attached to the agreement',
  'attachments.ofAmendment': 'Files of amendment {n}',
  'attachments.ofMeeting': 'Files of the {body} meeting {date}',
  'attachments.ofConsent': 'Files of the consent {date}: {who}, {scope}',
  'attachments.ofEnrolment': 'Files attached to the enrolment',
  'attachments.ofDeficiency': 'Files of the deficiency {date} ({party})',
  'attachments.fileType.pdf': 'PDF',
  'attachments.fileType.jpeg': 'JPEG image',
  'attachments.fileType.png': 'PNG image',
  'attachments.fileType.docx': 'Word document',
  'attachments.fileType.xlsx': 'Excel workbook',
};
