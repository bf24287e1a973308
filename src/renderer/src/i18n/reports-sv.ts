// Swedish UI texts of the reports and gallring screens (spread into the main
// catalogue in sv.ts). The reports themselves are Swedish documents built in
// shared code; these are the screen's own words. `{name}` marks a value.
export const reportsSv = {
  'reports.tabReport': 'Rapport',
  'reports.tabErasure': 'Gallring',
  'reports.tabActuals': 'Ekonomiskt utfall',
  'reports.tabSettings': 'Inställningar',
  'reports.intro':
    'Rapporterna innehåller bara avidentifierad statistik: inga namn, personnummer, födelsedatum, adresser eller fritext. Små antal döljs så att inget barn går att känna igen.',

  // The request form
  'reports.formLegend': 'Välj rapport',
  'reports.scope': 'Omfattning',
  'reports.scopeAll': 'Alla överenskommelser',
  'reports.kind': 'Slag av rapport',
  'reports.kindAnnual': 'Årsrapport / periodrapport',
  'reports.kindStatus': 'Statusrapport till styrgruppen',
  'reports.periodKind': 'Period',
  'reports.periodYear': 'Kalenderår',
  'reports.periodHalf': 'Halvår',
  'reports.periodCustom': 'Egna datum',
  'reports.year': 'År',
  'reports.half': 'Halvår',
  'reports.half1': 'Första halvåret (januari–juni)',
  'reports.half2': 'Andra halvåret (juli–december)',
  'reports.from': 'Från och med',
  'reports.to': 'Till och med',
  'reports.show': 'Visa rapport',
  'reports.loadingReport': 'Tar fram rapporten…',
  'reports.noAgreements': 'Det finns inga överenskommelser att rapportera om ännu.',

  // The report
  'reports.generated': 'Framtagen {date}. Antal som döljs: färre än {threshold}.',
  'reports.hiddenCount':
    '{primary|# litet antal är dolt|# små antal är dolda}, och {complementary|# uppgift till är dold|# uppgifter till är dolda} så att de inte kan räknas fram.',
  'reports.noneHidden': 'Inga uppgifter behövde döljas.',
  'reports.hiddenCell': 'Dold uppgift',
  'reports.hiddenPrimary': 'Dold: färre än {threshold|# barn|# barn}.',
  'reports.hiddenComplementary': 'Dold så att en annan dold uppgift inte kan räknas fram.',
  'reports.chartLabel': 'Diagram: {title}. Samma uppgifter finns i tabellen nedanför.',
  'reports.chartHidden': 'Dolda uppgifter visas inte i diagrammet.',
  'reports.export': 'Spara rapporten',
  'reports.exportPdf': 'Spara som PDF',
  'reports.exportXlsx': 'Spara som Excel (XLSX)',
  'reports.exportCsv': 'Spara som CSV',
  'reports.saved': 'Rapporten sparades som {name}.',
  'reports.savedList': 'Sparade filer',
  'reports.emptyTable': 'Inget att redovisa för perioden.',

  // Actuals
  'actuals.intro':
    'Registrera utfallet per budgetpost enligt den ekonomiska redovisningen. Utfallet visas mot budgeten i rapporterna.',
  'actuals.agreement': 'Överenskommelse',
  'actuals.year': 'År',
  'actuals.load': 'Hämta budgetposter',
  'actuals.line': 'Budgetpost',
  'actuals.budget': 'Budget',
  'actuals.actual': 'Utfall för {line} (kr)',
  'actuals.actualHeader': 'Utfall (kr)',
  'actuals.noLines': 'Överenskommelsen har inga budgetposter för året.',
  'actuals.unmatched':
    'Utfall för poster som inte längre finns i budgeten: {lines}. De sparas inte om om du sparar nu.',
  'actuals.save': 'Spara utfall',
  'actuals.saved': 'Utfallet sparades.',
  'actuals.moneyHint': 'Belopp i kronor, t.ex. 650 000. Lämna tomt om inget utfall finns.',

  // Settings
  'reportSettings.intro': 'Inställningarna gäller alla rapporter och gallringen.',
  'reportSettings.threshold': 'Dölj antal som är färre än',
  'reportSettings.thresholdHint': 'Standard är 5: antal från 1 till 4 visas inte.',
  'reportSettings.retentionDays': 'Gallra så här många dagar efter att en grupp är avslutad eller inställd',
  'reportSettings.retentionHint': 'Standard är 30 dagar.',
  'reportSettings.saved': 'Inställningarna sparades.',

  // Gallring
  'erasure.intro':
    'När en grupp är avslutad eller inställd ska barnens uppgifter återföras till socialtjänsten och sedan gallras inom {days|# dag|# dagar}. Avidentifierade uppgifter sparas så att rapporterna stämmer även efteråt.',
  'erasure.empty': 'Det finns inga avslutade grupper med uppgifter som väntar på gallring.',
  'erasure.tableLabel': 'Grupper som väntar på gallring',
  'erasure.select': 'Välj {group}',
  'erasure.group': 'Grupp',
  'erasure.agreement': 'Överenskommelse',
  'erasure.over': 'Avslutad',
  'erasure.due': 'Gallras senast',
  'erasure.children': 'Barn',
  'erasure.districts': 'Stadsdelar',
  'erasure.handedBack': 'Återförd',
  'erasure.state.later': 'I god tid',
  'erasure.state.due': 'Snart',
  'erasure.state.overdue': 'Försenad',
  'erasure.yes': 'Ja',
  'erasure.no': 'Nej',
  'erasure.selected': '{count|# grupp vald|# grupper valda}',
  'erasure.step1': '1. Återför uppgifterna',
  'erasure.step1Text':
    'Ett krypterat paket skapas per ansvarig stadsdel med barnens inskrivningar, samtycken och närvaro (PDF och CSV). Lämna lösenfrasen till socialtjänsten på annat sätt än paketet, till exempel per telefon.',
  'erasure.passphrase': 'Lösenfras för paketen',
  'erasure.passphraseHint': 'Minst 16 tecken. Skriv ner den och lämna den separat.',
  'erasure.suggest': 'Föreslå lösenfras',
  'erasure.showPassphrase': 'Visa eller dölj lösenfrasen',
  'erasure.handBack': 'Välj mapp och skapa paket',
  'erasure.handingBack': 'Skapar och krypterar paketen…',
  'erasure.packages': 'Skapade paket',
  'erasure.packageLine': '{district}: {count|# inskrivning|# inskrivningar} – {name}',
  'erasure.step2': '2. Gallra',
  'erasure.step2Text':
    'Gallringen tar bort namn, personnummer, kontaktuppgifter, vårdnadshavare, familjehem, samtycken, barnets egen åsikt och anteckningar för de valda grupperna. Det går inte att ångra.',
  'erasure.notYet': 'Alla valda grupper måste vara återförda innan de kan gallras.',
  'erasure.erase': 'Gallra de valda grupperna…',
  'erasure.confirmTitle': 'Gallra uppgifterna?',
  'erasure.confirmText':
    'Uppgifterna i {enrolments|# inskrivning|# inskrivningar} i {groups|# grupp|# grupper} tas bort för gott. Barn som är anmälda till en annan insats behåller bara det som den insatsen behöver.',
  'erasure.confirmCheck':
    'Jag har kontrollerat att återföringspaketen är sparade och att lösenfrasen har lämnats över.',
  'erasure.confirmBackups':
    'Äldre säkerhetskopior innehåller uppgifterna tills de byts ut enligt säkerhetskopieringens schema.',
  'erasure.confirmButton': 'Gallra för gott',
  'erasure.erasing': 'Gallrar och skriver om databasen…',
  'erasure.done':
    'Gallrat: {enrolments|# inskrivning|# inskrivningar}. {deleted|# barn|# barn} togs bort helt, {kept|# finns|# finns} kvar för en annan insats.',
  'erasure.notPurged':
    'Uppgifterna är borttagna, men databasfilen kunde inte skrivas om helt eftersom en säkerhetskopiering pågick. Den skrivs om nästa gång appen låses.',
  'erasure.recent': 'Senaste gallringar',
  'erasure.recentLine':
    '{date}: {groups|# grupp|# grupper}, {enrolments|# inskrivning|# inskrivningar}, {deleted|# barn borttaget|# barn borttagna}',

  // The overview card
  'erasureCard.title': 'Gallring',
  'erasureCard.overdue': '{count|# grupp är försenad|# grupper är försenade} med gallringen.',
  'erasureCard.due': '{count|# grupp|# grupper} ska gallras inom två veckor.',
  'erasureCard.none': 'Ingen gallring väntar.',
  'erasureCard.open': 'Gå till gallringen',
} as const;
