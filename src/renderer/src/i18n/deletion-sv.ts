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
  'deletion.child.title.participant': 'Radera deltagare som registrerats av misstag',
  'deletion.child.body.participant':
    'Deltagaren raderas med vårdnadshavare, familjehem, kontaktuppgifter, intresseanmälningar och samtycken. En deltagare som har haft plats i en grupp raderas inte här utan gallras efter återföring.',
  'deletion.child.done.participant': 'Deltagaren är raderad.',

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
  'retentionCard.title': 'Gallring av övriga uppgifter',
  'retentionCard.waitingEntries': 'Anmälningar som aldrig ledde till plats',
  'retentionCard.childrenWithoutEnrolment': 'Barn utan anmälan',
  'retentionCard.counts': 'Försenade: {overdue}. Ska gallras inom två veckor: {due}.',
  'retentionCard.nothingDue': 'Inget att gallra nu.',
  'retentionCard.erase.waitingEntries': 'Gallra försenade anmälningar',
  'retentionCard.erase.childrenWithoutEnrolment': 'Gallra försenade barn',
  'retentionCard.rules':
    'Regler: anmälningar gallras {waiting|# dag|# dagar} efter avbrott eller nej, eller efter {stale|# dag|# dagar} utan ändring; barn utan anmälan {children|# dag|# dagar} efter senaste ändring. Vårdnadshavare och familjehem gallras med barnet.',
  'retentionErase.title': 'Gallra uppgifter vars tid har gått ut',
  'retentionErase.body.waitingEntries':
    'Anmälningar som aldrig ledde till plats och vars tid har gått ut raderas, med samtycken. Ett barn som inte har någon annan anmälan raderas samtidigt med vårdnadshavare och familjehem.',
  'retentionErase.body.childrenWithoutEnrolment':
    'Barn utan anmälan vars tid har gått ut raderas med vårdnadshavare, familjehem och kontaktuppgifter.',
  'retentionErase.confirm': 'Gallra',
  'retentionErase.done': 'Gallrat. Anmälningar: {enrolments}. Barn: {children}.',

  'retentionSettings.heading': 'Gallring av övriga uppgifter',
  'retentionSettings.intro':
    'Hur länge uppgifter som inte gallras med en grupp sparas. Vårdnadshavare, familjehem och kontaktuppgifter gallras alltid med barnet.',
  'retentionSettings.waitingEntryDays': 'Anmälningar som aldrig ledde till plats, dagar',
  'retentionSettings.waitingEntryDaysHint':
    'Räknas från avbrott eller nej, eller från att anmälan blev inaktuell. Standard: 90 dagar, tillåtet 0–730.',
  'retentionSettings.staleAfterDays': 'En anmälan blir inaktuell efter, dagar utan ändring',
  'retentionSettings.staleAfterDaysHint': 'Standard: 365 dagar, tillåtet 30–1 095.',
  'retentionSettings.childWithoutEnrolmentDays': 'Barn som aldrig anmälts, dagar',
  'retentionSettings.childWithoutEnrolmentDaysHint':
    'Räknas från barnets senaste ändring. Ett barn vars sista anmälan gallras raderas samtidigt. Standard: 90 dagar, tillåtet 0–730.',
  'retentionSettings.save': 'Spara gallringsreglerna',
  'retentionSettings.saved': 'Gallringsreglerna är sparade.',

  'channel.retention:erase': 'Gallra enligt regel',
  'channel.retention:updateSettings': 'Ändra gallringsregler',
} as const;
