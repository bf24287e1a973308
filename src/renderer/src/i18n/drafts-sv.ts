// Swedish UI texts for form drafts and for leaving a form with unsaved changes
// (spread into the main catalogue in sv.ts). `{name}` marks a value.
export const draftsSv = {
  'drafts.offerTitle': 'Osparat utkast',
  'drafts.offer': 'Du har ett osparat utkast från {when}.',
  'drafts.offerHint': 'Återställ fortsätter där du slutade. Kasta tar bort utkastet för gott.',
  'drafts.restore': 'Återställ',
  'drafts.discard': 'Kasta',
  'drafts.saved': 'Utkast sparat {when}.',
  'drafts.saving': 'Sparar utkast…',
  'drafts.saveFailed': 'Utkastet kunde inte sparas. Spara formuläret innan du går ifrån datorn.',
  'drafts.leaveTitle': 'Du har ändringar som inte är sparade',
  'drafts.leaveBody':
    'Det du skrivit finns kvar som utkast i 30 dagar och erbjuds nästa gång du öppnar formuläret. Du kan också kasta ändringarna.',
  'drafts.stay': 'Fortsätt redigera',
  'drafts.leaveKeep': 'Lämna, behåll utkastet',
  'drafts.leaveDiscard': 'Kasta ändringarna',
  'drafts.listTitle': 'Osparade utkast',
  'drafts.listIntro':
    'Öppna formuläret för att återställa eller kasta utkastet. Utkast raderas efter 30 dagar.',
  'drafts.form.agreement': 'Överenskommelse',
  'drafts.form.amendment': 'Ändring av överenskommelse',
  'drafts.form.child': 'Barn',
  'drafts.form.group': 'Stödgrupp',
  'drafts.form.meeting': 'Möte',
  'drafts.form.consent': 'Samtycke',
  'drafts.recordNumber': 'nr {id}',
  'drafts.newRecord': 'ny',
  'drafts.listItem': '{form} ({record}), sparat {when}',
} as const;
