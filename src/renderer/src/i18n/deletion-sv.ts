// Swedish UI texts for deleting a mistake and for the retention rules (spread
// into the main catalogue in sv.ts). `{name}` marks a value.
export const deletionSv = {
  'deletion.cannotUndo': 'Uppgifterna raderas direkt och helt, även ur databasfilen. Det går inte att ångra.',
  'deletion.reason': 'Varför ska det raderas?',
  'deletion.reasonRequired': 'Välj ett skäl.',
  'deletion.reason.wrongPerson': 'Fel person registrerades',
  'deletion.reason.wrongOrganisation': 'Fel organisation registrerades',
  'deletion.reason.duplicate': 'Registrerad två gånger',
  'deletion.reason.testEntry': 'Provregistrering',
  'deletion.reason.other': 'Annat misstag',
  'deletion.confirm': 'Jag förstår att uppgifterna inte går att få tillbaka.',
  'deletion.confirmRequired': 'Bekräfta att uppgifterna ska raderas.',
  'deletion.delete': 'Radera',

  'deletion.child.button': 'Radera felregistrering',
  'deletion.child.title': 'Radera barn som registrerats av misstag',
  'deletion.child.body':
    'Barnet raderas med vårdnadshavare, familjehem, kontaktuppgifter, intresseanmälningar och samtycken. Ett barn som har haft plats i en grupp raderas inte här utan gallras efter återföring.',
  'deletion.child.done': 'Barnet är raderat.',

  'deletion.draft.button': 'Radera utkast',
  'deletion.draft.title': 'Radera utkastet',
  'deletion.draft.body': 'Utkastet raderas med parter, kontaktpersoner, ekonomi och versioner.',
  'deletion.draft.done': 'Utkastet är raderat.',

  'deletion.organisation.button': 'Radera organisation',
  'deletion.organisation.title': 'Radera organisation',
  'deletion.organisation.body':
    'Organisationen raderas med kontaktpersoner och kravlista. En organisation som är part i en överenskommelse eller driver en insats kan inte raderas.',
  'deletion.organisation.done': 'Organisationen är raderad.',

  'channel.children:deleteMistake': 'Radera felregistrerat barn',
  'channel.agreements:deleteDraft': 'Radera utkast till överenskommelse',
  'channel.organisations:delete': 'Radera organisation',
} as const;
