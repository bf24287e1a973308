// Swedish texts for import from Excel and CSV: refusals of a file and the
// problems the preview shows per row and field (spread into sv.ts; English in
// import-en.ts).
export const importSv = {
  'import.notSpreadsheet':
    'Filen är inget kalkylblad. Välj en Excel-fil (.xlsx) eller en CSV-fil. En gammal .xls-fil kan sparas om som .xlsx i Excel.',
  'import.empty': 'Filen är tom. Inget importerades.',
  'import.tooLarge': 'Filen är större än 50 MB och kan inte importeras. Dela upp den i flera filer.',
  'import.tooManyRows':
    'Filen har fler än 50 000 rader. Dela upp den i flera filer och importera dem en i taget.',
  'import.macroWorkbook':
    'Filen är en arbetsbok med makron (.xlsm) och öppnas inte. Spara den som vanlig Excel-arbetsbok (.xlsx) och försök igen.',
  'import.noHeader':
    'Hittade ingen rubrikrad bland de första 20 raderna. Första raden med uppgifter ska ha kolumnnamn, t.ex. Namn, Personnummer, Hemkommun.',
  'import.fileUnreadable':
    'Filen kunde inte läsas. Kontrollera att den finns och inte är öppen i ett annat program.',
  'import.cancelled': 'Importen avbröts. Inget sparades.',
  'import.sessionGone': 'Filen är inte längre öppen för import. Välj filen igen.',
  'import.programmeRequired': 'Välj vilken insats väntelistan gäller.',
  'import.mappingIncomplete': 'Välj en kolumn för varje fält som måste finnas.',
  'import.previewFirst': 'Granska raderna innan de sparas.',
  'import.nothingToSave': 'Det finns inga rader att spara: alla har fel eller är utelämnade. Inget sparades.',
  'import.rowRefused':
    'Rad {line} kunde inte sparas: {reason} Ingen rad sparades. Rätta raden och granska filen igen.',
  'import.nothingSkipped': 'Alla rader importerades. Det finns inga överhoppade rader att spara.',
  'import.folderUnavailable': 'Mappen går inte att spara i. Välj en annan mapp på den här datorn.',
  // Problems per row and field
  'import.fieldNotMapped': 'Välj kolumnen för det här fältet.',
  'import.yesNo': 'Skriv ja eller nej.',
  'import.placementBasis': 'Skriv SoL, LVU eller ingen.',
  'import.organisationKind': 'Skriv kommun, region, statlig myndighet eller ideell förening.',
  'import.gender': 'Skriv flicka, pojke, annat eller lämna tomt.',
  'import.twoAccounts': 'Ange antingen bankgiro eller plusgiro, inte båda.',
  'import.duplicateInFile': 'Samma nummer finns på en tidigare rad i filen.',
  'import.formulaNoValue':
    'Cellen har en formel utan sparat värde. Öppna filen i Excel, spara den och importera igen.',
  'import.childNotFound': 'Det finns inget barn med det numret i registret. Lägg först in barnet.',
  'import.leftOut': 'Utelämnad av dig i granskningen.',
};
