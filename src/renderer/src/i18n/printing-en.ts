import type { printingSv } from './printing-sv';

export const printingEn: Record<keyof typeof printingSv, string> = {
  'printing.title': 'Printouts',
  'printing.intro':
    'The documents are made in Swedish and saved in a folder you choose. Print them from your PDF viewer. Protected personal details are not printed.',
  'printing.roster': 'Group roster',
  'printing.rosterText':
    'The group, its leaders and sessions, and the children with age and an emergency contact.',
  'printing.attendanceSheet': 'Attendance sheet',
  'printing.attendanceText': 'One list per session to tick on paper and enter in the app afterwards.',
  'printing.session': 'Session for the attendance sheet',
  'printing.sessionOption': 'Session {number}: {date} at {time}',
  'printing.consentForm': 'Consent form',
  'printing.consentText':
    'Describes the whole activity, which data is shared with whom and the right to withdraw, with signature lines for each person who must consent.',
  'printing.information': 'Information about the support group',
  'printing.informationText':
    'The child is placed under LVU: no consent is needed. The paper informs about the activity and has no signature lines.',
  'printing.informationText.participant':
    'The participant is placed under LVU: no consent is needed. The paper informs about the activity and has no signature lines.',
  'printing.notice': 'Notice to social services',
  'printing.noticeText':
    'That the child is registered: what, when and which group. To be handed over before the child starts.',
  'printing.noticeText.participant':
    'That the participant is registered: what, when and which group. To be handed over before the participant starts.',
  'printing.handedOverText':
    'When the notice has been handed over, enter the date. Social services then count as informed on that date.',
  'printing.handedOverOn': 'Date handed over',
  'printing.handedOver': 'Record handed over',
  'printing.handedOverSaved': 'The notice is recorded as handed over on {date}.',
  'printing.coverLetter': 'Cover letter to {district}',
  'printing.coverLetters': 'Cover letters for the packages',
  'printing.withheldTitle': 'Protected personal details were not printed',
  'printing.withheld':
    "{count|# child has protected personal details. The child's contact details and address are not in the document.|# children have protected personal details. Their contact details and addresses are not in the document.}",
  'printing.revealHint':
    'If the paper needs them, you can print it again with them. It is logged that you revealed them.',
  'printing.reveal': 'Print again with protected details',
  'printing.revealNotAllowed': 'Your role may not reveal protected personal details.',
  'channel.printing:print': 'Print document',
  'channel.printing:printRevealed': 'Print document with protected personal details',
  'channel.printing:noticeHandedOver': 'Record the notice to social services as handed over',
  'entity.printout': 'Printout',
};
