// Swedish texts for error codes and validation problems: the source of truth.
// English in en.ts must have exactly the same keys (enforced by its type).
export const sv = {
  // Envelope error codes
  validation: 'Uppgifterna kunde inte sparas. Rätta de markerade fälten.',
  forbidden: 'Du har inte behörighet att göra detta.',
  locked: 'Appen är låst. Lås upp för att fortsätta.',
  notFound: 'Uppgiften finns inte (den kan ha tagits bort).',
  conflict: 'Uppgiften har ändrats av någon annan. Ladda om och försök igen.',
  internal: 'Ett oväntat fel inträffade. Inget sparades. Försök igen eller kontakta IT-stöd.',
  untrustedSender: 'Anropet kom inte från appens eget fönster och stoppades.',
  unknownChannel: 'Okänd funktion.',
  passwordChangeRequired: 'Du måste byta ditt tillfälliga lösenord innan du fortsätter.',
  'installation.exists': 'Appen är redan installerad på den här datorn.',
  'installation.missing': 'Appen är inte installerad ännu. Kör först installationsguiden.',
  'database.newerVersion':
    'Databasen har skapats av en nyare version av IOP Desk. Installera den senaste versionen innan du öppnar den.',
  'database.cannotOpen': 'Databasen kunde inte öppnas. Den kan vara skadad eller nyckeln fel.',
  'auth.wrongCredentials': 'Fel användarnamn eller lösenord.',
  'auth.throttled': 'För många misslyckade försök. Vänta en stund innan du försöker igen.',
  'auth.userDisabled': 'Kontot är avstängt. Kontakta en administratör.',
  'auth.wrongRecoveryKey': 'Återställningsnyckeln stämmer inte.',
  'auth.samePassword': 'Det nya lösenordet måste skilja sig från det gamla.',
  'users.usernameTaken': 'Användarnamnet används redan.',
  'users.cannotDisableSelf': 'Du kan inte stänga av ditt eget konto.',
  'users.lastAdmin': 'Det måste finnas minst en aktiv administratör.',
  'organisations.duplicateOrgNumber': 'Det finns redan en organisation med det organisationsnumret.',

  // Field validation problems
  'field.required': 'Fältet måste fyllas i.',
  'field.tooLong': 'Texten är för lång.',
  'field.invalid': 'Ogiltigt värde.',
  'field.email': 'Ange en giltig e-postadress, t.ex. namn@kommun.se.',
  'field.phone': 'Ange ett telefonnummer med siffror, t.ex. 08-123 456 78.',
  'field.postalCode': 'Postnumret ska vara fem siffror, t.ex. 111 22.',
  'field.date': 'Ange datum som ÅÅÅÅ-MM-DD.',
  'password.tooShort': 'Lösenordet måste ha minst 12 tecken.',
  'password.mismatch': 'Lösenorden är inte lika.',
  'username.format': 'Användarnamnet får bara innehålla små bokstäver a–z, siffror, punkt och bindestreck (2–32 tecken).',
  'idleMinutes.range': 'Ange en tid mellan 1 och 120 minuter.',
  'orgNumber.empty': 'Ange organisationsnumret.',
  'orgNumber.characters': 'Organisationsnumret får bara innehålla siffror och ett bindestreck.',
  'orgNumber.length': 'Organisationsnumret ska ha 10 siffror i formen NNNNNN-NNNN.',
  'orgNumber.personalIdentityNumber':
    'Det här ser ut som ett personnummer. Organisationsnummer har 2 eller högre som tredje siffra.',
  'orgNumber.checkDigit': 'Kontrollsiffran stämmer inte. Kontrollera att numret är rätt inskrivet.',
  'bankgiro.format': 'Bankgironumret ska ha 7 eller 8 siffror, t.ex. 123-4567 eller 1234-5678.',
  'bankgiro.checkDigit': 'Bankgironumrets kontrollsiffra stämmer inte.',
  'plusgiro.format': 'Plusgironumret ska ha 2–8 siffror, t.ex. 90 01 22-8.',
  'plusgiro.checkDigit': 'Plusgironumrets kontrollsiffra stämmer inte.',
} as const;

export type MessageKey = keyof typeof sv;
