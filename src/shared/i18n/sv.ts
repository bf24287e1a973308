// Swedish texts for error codes and validation problems: the source of truth.
// English in en.ts must have exactly the same keys (enforced by its type).
import { commitmentsSv } from './commitments-sv';
import { deficienciesSv } from './deficiencies-sv';
import { printingSv } from './printing-sv';
import { importSv } from './import-sv';
import { effectSv } from './effect-sv';
import { exchangeSv } from './exchange-sv';

export const sv = {
  ...deficienciesSv,
  ...printingSv,
  ...importSv,
  ...effectSv,
  ...commitmentsSv,
  ...exchangeSv,
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
  'database.missing':
    'Databasfilen saknas i datamappen. Inget har ändrats. Kontrollera om den flyttats (t.ex. av ett antivirusprogram) eller återställ från en säkerhetskopia.',
  'dataFolder.inUse':
    'Datamappen används redan av IOP Desk i ett annat fönster eller av ett kommando som ändrar data. Stäng det först och försök igen.',
  'dataFolder.inUseForChange':
    'Datamappen är öppen i IOP Desk eller används av ett annat kommando. Stäng appen (och vänta tills pågående säkerhetskopiering är klar) innan du återställer eller lägger in exempeldata.',
  'audit.writeFailed':
    'Åtgärden kunde inte skrivas i loggen och räknas därför som misslyckad. Försök igen om en stund; kvarstår felet, kontakta IT-stöd.',
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
  'field.date': 'Ange ett giltigt datum i formen ÅÅÅÅ-MM-DD.',
  'password.tooShort': 'Lösenordet måste ha minst 12 tecken.',
  'password.mismatch': 'Lösenorden är inte lika.',
  'username.format':
    'Användarnamnet får bara innehålla små bokstäver a–z, siffror, punkt och bindestreck (2–32 tecken).',
  'idleMinutes.range': 'Ange en tid mellan 1 och 120 minuter.',
  'orgNumber.empty': 'Ange organisationsnumret.',
  'orgNumber.characters': 'Organisationsnumret får bara innehålla siffror och ett bindestreck.',
  'orgNumber.length': 'Organisationsnumret ska ha 10 siffror i formen NNNNNN-NNNN.',
  'orgNumber.personalIdentityNumber':
    'Det här ser ut som ett personnummer. Organisationsnummer har 2 eller högre som tredje siffra.',
  'orgNumber.checkDigit': 'Kontrollsiffran stämmer inte. Kontrollera att numret är rätt inskrivet.',
  'bankgiro.format': 'Bankgironumret ska ha 7 eller 8 siffror, t.ex. 123-4566 eller 1234-5674.',
  'bankgiro.checkDigit': 'Bankgironumrets kontrollsiffra stämmer inte.',
  'plusgiro.format': 'Plusgironumret ska ha 2–8 siffror, t.ex. 90 01 22-3.',
  'plusgiro.checkDigit': 'Plusgironumrets kontrollsiffra stämmer inte.',

  // Backups (error codes)
  'backup.wrongSecret':
    'Säkerhetskopian kunde inte öppnas med den lösenfrasen eller nyckeln. Kontrollera att du har skrivit rätt. Ingenting har ändrats.',
  'backup.notBackup': 'Filen är inte en säkerhetskopia från IOP Desk. Ingenting har ändrats.',
  'backup.tampered':
    'Säkerhetskopian är skadad eller har ändrats efter att den skapades och kan inte användas. Ingenting har ändrats.',
  'backup.newerVersion':
    'Säkerhetskopian kommer från en nyare version av IOP Desk. Installera den senaste versionen och försök igen. Ingenting har ändrats.',
  'backup.noRecipient':
    'Ingen nyckel för schemalagda säkerhetskopior är inställd. Skapa en säkerhetskopieringsnyckel under Administration → Säkerhetskopior.',
  'backup.folderUnavailable': 'Mappen finns inte eller går inte att skriva till. Välj en annan mapp.',
  'backup.fileUnavailable': 'Filen finns inte eller går inte att läsa.',
  'backup.writeFailed':
    'Säkerhetskopian kunde inte skrivas klart (till exempel för att disken är full eller enheten togs bort). Ingen ofullständig fil sparades.',
  'backup.busy': 'En säkerhetskopiering, kontroll eller återställning pågår redan. Vänta tills den är klar.',
  'backup.cancelled': 'Åtgärden avbröts. Ingenting har ändrats.',
  'backup.restoreInProgress': 'En återställning pågår. Vänta tills den är klar och logga sedan in igen.',
  'backup.originUnverified':
    'Säkerhetskopian är inte gjord av den här installationen. Den kommer från en annan installation eller är förfalskad. Ingenting har ändrats. Återställ den bara om du har kontrollerat installations-id och nyckelns fingeravtryck mot er utskrift.',
  'backup.noOriginProof':
    'Säkerhetskopian är gjord av en tidigare version av IOP Desk och saknar bevis för att den kommer från den här installationen. Ingenting har ändrats. Återställ den bara om du vet att det är rätt fil.',
  'backup.databaseBusy':
    'Databasen var upptagen hela tiden och kunde inte säkerhetskopieras. Försök igen om en stund. Ingenting har ändrats.',

  // Backups (field validation)
  'passphrase.tooShort': 'Lösenfrasen måste ha minst 12 tecken.',
  'backup.recipientFormat':
    'Den publika nyckeln ska börja med age1 (till exempel från kommandot backup keygen).',
  'backup.identityFormat': 'Den hemliga nyckeln ska börja med AGE-SECRET-KEY-1.',
  'backup.keepRange': 'Ange ett antal mellan 0 och 100.',

  // Support groups and children (error codes)
  'children.duplicateIdentityNumber': 'Det finns redan ett barn med det person- eller samordningsnumret.',
  'children.guardianHasConsents':
    'Vårdnadshavaren har registrerade samtycken och kan inte tas bort. Markera i stället att hen inte har vårdnad.',
  'children.liftProtectionSeparately':
    'Skyddade personuppgifter tas inte bort när barnet sparas. Använd ”Häv skydd” på barnets sida och ange skälet.',
  'children.notProtected': 'Barnet har inga skyddade personuppgifter.',
  'supportGroups.groupFull':
    'Gruppen är full: högsta antalet barn är redan nått. Välj en annan grupp eller sätt barnet på väntelistan.',
  'supportGroups.maxBelowPlaced':
    'Högsta gruppstorlek kan inte sättas lägre än antalet barn som redan har plats.',
  'supportGroups.sessionHasAttendance':
    'En träff med registrerad närvaro kan inte tas bort. Markera den som inställd i stället.',
  'supportGroups.closed': 'Gruppen är redan avslutad eller inställd.',
  'supportGroups.closingOutcomes': 'Gruppen avslutades inte. Ange utfallet för varje barn:',
  'supportGroups.closeWithOutcomes':
    'Barn deltar fortfarande i gruppen. Avsluta den med ”Avsluta gruppen” så att varje barns utfall registreras.',
  'supportGroups.outcomeMissing': 'Utfall saknas för barnet.',
  'supportGroups.completedNotStarted': 'Barnet har inte börjat i gruppen och kan inte ha genomfört den.',
  'supportGroups.wrongProgramme': 'Gruppen hör till en annan insats än anmälan.',
  'supportGroups.outsideAgreementPeriod':
    'Gruppen och alla dess träffar måste ligga inom överenskommelsens period, {start}–{end}. Välj ett annat startdatum eller flytta träffarna.',
  'supportGroups.outsideAppendixPeriod':
    'Gruppen och alla dess träffar måste ligga inom perioden för bilagan till den organisation som driver insatsen, {start}–{end}.',
  'supportGroups.agreementUnderNotice':
    'Överenskommelsen är uppsagd och upphör {end}. Under uppsägningstiden kan inga nya insatser, grupper eller träffar planeras; grupper som redan pågår genomförs som planerat.',
  'supportGroups.agreementEnded':
    'Överenskommelsen upphörde {end}. Inga nya insatser, grupper eller träffar kan planeras under en överenskommelse som har upphört.',
  'supportGroups.agreementRescinded':
    'Överenskommelsen är hävd. Inga nya insatser, grupper eller träffar kan planeras under den.',
  'supportGroups.runningPartyRequired':
    'Överenskommelsen har flera idéburna parter. Välj den organisation som driver insatsen, så hör insatsen till dess bilaga.',
  'supportGroups.notRunningParty': 'Organisationen är inte idéburen part i överenskommelsen.',
  'supportGroups.programmeHasGroups':
    'Insatsen har redan grupper. Den kan inte flyttas till en annan överenskommelse; skapa en ny insats under den överenskommelsen i stället.',
  'enrolments.transitionNotAllowed': 'Statusen kan inte ändras så från nuvarande läge.',
  'enrolments.gateNotMet': 'Barnet kan inte börja ännu. Det här saknas:',
  'enrolments.gateNotMet.participant': 'Deltagaren kan inte börja ännu. Det här saknas:',
  'enrolments.ageOutsideRange':
    'Barnets ålder vid gruppstart ligger utanför insatsens åldersspann. Ange ett skäl för undantaget.',
  'enrolments.alreadyActive': 'Barnet har redan en pågående anmälan till den här insatsen.',
  'enrolments.groupRequired': 'Välj en grupp för den här statusen.',
  'enrolments.reasonRequired': 'Ange varför deltagandet avbryts.',
  'enrolments.guardianNotOfChild': 'Vårdnadshavaren hör inte till barnet i anmälan.',
  'enrolments.adultConsentsThemselves':
    'Personen är 18 år eller äldre vid gruppens första träff och samtycker själv.',
  'enrolments.minorCannotConsentAlone':
    'Personen är under 18 år vid gruppens första träff. Vårdnadshavare, god man eller särskilt förordnad vårdnadshavare samtycker.',
  'attendance.gateNotMet': 'Närvaro kan inte registreras. Det här saknas:',
  'attendance.notAdmitted': 'Närvaro kan bara registreras för barn som är antagna eller deltar.',
  'attendance.sessionCancelled': 'Träffen är inställd. Ändra schemat först om den ändå blev av.',
  'attendance.notInGroup': 'Barnet är inte med i den här gruppen.',
  'attendance.futureSession':
    'Närvaro kan inte registreras för en träff som inte har hållits än. Vänta till träffens dag.',

  // Support groups and children (field validation)
  'identityNumber.empty': 'Ange person- eller samordningsnumret.',
  'identityNumber.characters': 'Numret får bara innehålla siffror och ett bindestreck eller plustecken.',
  'identityNumber.format':
    'Skriv numret som ÅÅMMDD-NNNN, ÅÅMMDD+NNNN (100 år eller äldre) eller ÅÅÅÅMMDDNNNN.',
  'identityNumber.date': 'Datumet i numret finns inte i kalendern. Kontrollera år, månad och dag.',
  'identityNumber.future': 'Födelsedatumet i numret ligger i framtiden.',
  'identityNumber.serial': 'Födelsenumret (de tre siffrorna efter datumet) kan inte vara 000.',
  'identityNumber.checkDigit': 'Kontrollsiffran stämmer inte. Kontrollera att numret är rätt inskrivet.',
  'identity.kindMismatch':
    'Numret stämmer inte med vald typ: ett samordningsnummer har 60 tillagt på dagen, ett personnummer inte.',
  'identity.birthRequired':
    'Ange födelsedatum, födelseår eller, om inte ens året är känt, en åldersgrupp när personen saknar svenskt nummer.',
  'field.year': 'Ange ett årtal med fyra siffror, t.ex. 2012.',
  'field.time': 'Ange tid som TT:MM, t.ex. 17:00.',
  'field.number': 'Ange ett heltal.',
  'field.range': 'Värdet ligger utanför det tillåtna intervallet.',
  'field.money': 'Ange ett belopp i hela kronor eller med öre, t.ex. 5 000.',
  'field.futureDate': 'Datumet kan inte ligga i framtiden.',
  'field.dateOrder': 'Datumet kan inte ligga före det tidigare datumet.',
  'field.tooMany': 'För många rader.',
  'ageRange.order': 'Den högsta åldern måste vara minst lika hög som den lägsta.',
  'ageRange.both': 'Ange både lägsta och högsta ålder, eller ingen av dem.',
  'groupSize.order': 'Största gruppstorlek måste vara minst lika stor som minsta.',
  'schedule.weekendStartsSaturday': 'En stödhelg börjar på en lördag. Välj en lördag som startdatum.',
  'schedule.weekendTooShort': 'En stödhelg har minst tre hela dagar.',
  'schedule.count': 'Antalet träffar ska vara mellan 1 och 60.',
  'feedback.identityNumber': 'Sammanfattningen får inte innehålla personnummer eller namn.',
  'gate.noCustodialGuardian':
    'Ingen som kan samtycka för barnet är registrerad (vårdnadshavare med vårdnad, god man eller särskilt förordnad vårdnadshavare).',
  'gate.consentMissing': 'Samtycke saknas.',
  'gate.consentRefused': 'Samtycke har nekats.',
  'gate.consentWithdrawn': 'Samtycket har återkallats.',
  'gate.socialServicesNotice': 'Socialtjänsten har inte informerats (datum, av vem, till vem).',

  // Agreements and documents
  'agreements.duplicateRegistrationNumber':
    'Det finns redan en överenskommelse eller bilaga med det diarienumret.',
  'agreements.transitionBlocked': 'Statusen kan inte ändras ännu. Det här saknas eller behöver rättas:',
  'agreements.notEditable':
    'Överenskommelsen är beslutad och villkoren kan inte längre ändras direkt. Ändra dem genom ett tilläggsavtal (fliken Ändringar); kontaktpersoner och ledamöter kan ändras direkt.',
  'agreements.notAParty': 'Organisationen är inte part i överenskommelsen.',
  'amendments.nothingChanged':
    'Tilläggsavtalet ändrar ingenting i överenskommelsen. Kontaktpersoner och ledamöter ändras direkt på överenskommelsen, utan tilläggsavtal.',
  'amendments.effectiveOutsidePeriod':
    'Dagen då tilläggsavtalet börjar gälla måste ligga inom överenskommelsens period.',
  'amendments.effectiveBeforeEarlier':
    'Tilläggsavtalet kan inte börja gälla före ett tilläggsavtal som redan gäller.',
  'amendments.noExtensionTerms':
    'Överenskommelsen saknar villkor för förlängning och kan inte förlängas genom tilläggsavtal.',
  'amendments.extensionBeyondMax':
    'Förlängningen går längre än överenskommelsen tillåter (högsta antal år räknat från det ursprungliga slutdatumet).',
  'amendments.startFixed': 'Startdatumet kan inte ändras genom tilläggsavtal.',
  'amendments.partyRules': 'Överenskommelsen måste ha minst en offentlig och minst en idéburen part.',
  'amendments.concernedMissing':
    'Varje offentlig part och varje part som tillkommer eller lämnar måste underteckna tilläggsavtalet. Markera dem som berörda.',
  'amendments.joiningNeedsAppendix':
    'En organisation som ansluter behöver en egen bilaga med sina åtaganden, sin ekonomi, period och diarienummer.',
  'amendments.termsNotAccepted':
    'Registrera att den anslutande organisationen accepterar alla villkor i partnerskapet innan tilläggsavtalet beslutas.',
  'amendments.stale':
    'Överenskommelsen har ändrats av ett annat tilläggsavtal sedan det här skrevs. Öppna utkastet och spara det igen mot dagens villkor.',
  'amendments.agreementNotOpen':
    'Tilläggsavtal kan bara göras på en beslutad överenskommelse som inte har upphört eller hävts.',
  'amendments.notDraft': 'Tilläggsavtalet är beslutat och kan inte längre ändras eller tas bort.',
  'amendments.transitionNotAllowed': 'Tilläggsavtalet kan inte gå till den statusen från sin nuvarande.',
  'amendments.notConcerned': 'Organisationen berörs inte av tilläggsavtalet och ska inte underteckna det.',
  'amendments.extensionAlreadyDecided': 'Beslut om förlängning är redan registrerat för det här slutdatumet.',
  'amendments.signBeforeDecision':
    'Tilläggsavtalet kan inte undertecknas före beslutet eller med ett datum före beslutsdagen.',
  'agreements.alreadyUnderNotice':
    'Uppsägning är redan given. En ny uppsägning kan inte registreras medan den gäller.',
  'agreements.leavingBreaksPartyRules':
    'Om den parten lämnar finns ingen offentlig eller ingen idéburen part kvar. Säg upp hela överenskommelsen i stället.',
  'agreements.noticeAlreadyWithdrawn': 'Uppsägningen är redan återtagen.',
  'agreements.withdrawalNeedsAgreement':
    'En uppsägning binder. Den kan återtas bara om de andra parterna samtycker: beskriv deras samtycke (vem, när, var det finns dokumenterat).',
  'agreements.undoOnlySameDay':
    'En felregistrerad uppsägning kan bara ångras samma dag som den registrerades. Därefter krävs de andra parternas samtycke.',
  'agreements.paymentAfterPartyLeft':
    'Parten har lämnat överenskommelsen och dess bilaga har upphört. Utbetalningar efter det datumet kan inte registreras.',
  'agreements.notUnderNotice': 'Överenskommelsen är inte uppsagd.',
  'agreements.groupsStillRunning':
    'Överenskommelsen kan inte avslutas medan dess grupper pågår. Markera grupperna som avslutade när sista träffen är hållen, eller ställ in dem:',
  'documents.folderInvalid': 'Välj en befintlig mapp (en fullständig sökväg) att spara dokumentet i.',
  'documents.writeFailed':
    'Dokumentet kunde inte sparas i mappen. Kontrollera att du får skriva där och att det finns utrymme.',
  'documents.amendmentRequired': 'Välj vilket tilläggsavtal som ska skrivas ut.',
  'money.format': 'Ange ett belopp i kronor, t.ex. 711 833 eller 12,50.',
  'money.integer': 'Beloppet måste anges i hela ören (högst två decimaler).',
  'money.negative': 'Beloppet kan inte vara negativt.',
  'money.positive': 'Beloppet måste vara större än noll.',
  'agreements.keyFormat': 'Nyckeln får bara innehålla bokstäver a–z, siffror, bindestreck och understreck.',
  'agreements.criterionMissing': 'Motivera hur kriteriet är uppfyllt innan överenskommelsen går till beslut.',
  'agreements.decisionMissing': 'Registrera nämndens beslut (nämnd, datum och paragraf) först.',
  'agreements.dateInFuture': 'Datumet kan inte ligga i framtiden.',
  'agreements.noFundsCondition':
    'Överenskommelsen gäller inte under förutsättning att medel beviljas, så det finns inga år att bekräfta.',
  'agreements.fundsYearOutsidePeriod': 'Året ligger utanför överenskommelsens giltighetstid.',
  'agreements.fundsAlreadyConfirmed':
    'Medlen för året är redan bekräftade. Ta bort den bekräftelsen först om den ska ändras.',
  'agreements.beforeStart': 'Datumet ligger före överenskommelsens startdatum.',
  'agreements.noSignatures': 'Registrera minst en parts underskrift.',
  'agreements.missingSignatures':
    'Alla parter har inte undertecknat. Överenskommelsen kan bli aktiv först när varje part har skrivit under.',
  'agreements.signBeforeDecision':
    'Överenskommelsen kan inte undertecknas innan den är beslutad (nämnd, datum och paragraf).',
  'agreements.notYetEnded': 'Överenskommelsen kan avslutas först när slutdatumet har passerats.',
  'agreements.noNoticeTerms':
    'Överenskommelsen saknar uppsägningstid. Ange uppsägningstiden eller häv överenskommelsen i stället.',
  'agreements.transitionNotAllowed': 'Den statusändringen är inte möjlig från nuvarande status.',
  'agreements.unknownOrganisation': 'Organisationen finns inte i organisationsregistret.',
  'agreements.notNonprofit': 'En idéburen part måste vara en idéburen organisation i registret.',
  'agreements.notPublic':
    'En offentlig part måste vara en kommun, region eller statlig myndighet i registret.',
  'agreements.duplicateParty': 'Organisationen är redan part i överenskommelsen.',
  'agreements.tooFewParties': 'En överenskommelse måste ha minst två parter.',
  'agreements.noPublicParty': 'Minst en part måste vara offentlig (kommun, region eller statlig myndighet).',
  'agreements.noNonprofitParty': 'Minst en part måste vara en idéburen organisation.',
  'agreements.periodInverted': 'Slutdatumet måste vara samma dag som eller efter startdatumet.',
  'agreements.extensionBeforeStart':
    'Sista dag för beslut om förlängning hamnar före startdatumet. Ange färre månader.',
  'agreements.ageRangeInverted': 'Den högsta åldern måste vara minst lika hög som den lägsta.',
  'agreements.duplicateKey': 'Nyckeln används redan i överenskommelsen.',
  'agreements.duplicateYear': 'Året finns redan i budgeten.',
  'agreements.yearOutsidePeriod': 'Året ligger utanför överenskommelsens period.',
  'agreements.budgetLinesMismatch': 'Budgetposterna summerar inte till årets belopp.',
  'agreements.fundingMismatch': 'Parternas andelar summerar inte till årets belopp.',
  'agreements.recipientNotNonprofit': 'Pengarna ska betalas till en idéburen part i överenskommelsen.',
  'agreements.payerIsRecipient':
    'En part kan inte betala till sig själv. Lämna mottagaren tom för en egen insats.',
  'agreements.instalmentsMismatch': 'Delbetalningarna summerar inte till varje års andelar per betalare.',
  'agreements.unknownPlaceholder':
    'Texten innehåller en okänd platshållare. Kontrollera stavningen inom {{ }}.',
  'agreements.templateSlotMissing': 'Välj organisation för varje roll i mallen.',
  'agreements.templateSlotKind': 'Organisationen är av fel slag för den här rollen i mallen.',
  'agreements.unknownBody': 'Samverkansorganet finns inte i överenskommelsen.',
  'agreements.unknownItem': 'Det finns ingen sådan uppföljningspunkt i överenskommelsens kalender.',
  'agreements.clauseNoticeMonthsMissing':
    'Klausulen handlar om uppsägning men uppsägningstiden är inte angiven. Ange antal månader eller ”Ingen uppsägningstid” under Period.',
  'agreements.clauseNoticeNone':
    'Klausulen anger uppsägningstid i månader men överenskommelsen har ingen uppsägningstid. Skriv {{uppsägningsvillkor}} i stället för {{uppsägningstid}} månaders uppsägningstid.',
  'agreements.clauseExtensionYearsMissing':
    'Klausulen handlar om förlängning men längsta förlängning (år) är inte angiven under Period.',
  'agreements.clauseExtensionDecisionMissing':
    'Klausulen nämner när förlängning ska beslutas men antal månader före slutdatum är inte angivet under Period.',
  'agreements.clauseBudgetMissing':
    'Klausulen bygger på budgeten men budgeten är tom. Ange årets belopp under Ekonomi.',
  'agreements.clauseFundingMissing':
    'Klausulen anger hur kostnaden fördelas men inga parters andelar är angivna under Ekonomi.',
  'agreements.clausePaymentPlanMissing':
    'Klausulen hänvisar till betalningsplanen men planen har inga delbetalningar.',
  'agreements.clauseFeeMissing':
    'Klausulen handlar om ersättning per barn men ingen ersättning är angiven. Ange beloppet under Ekonomi eller ta bort klausulen; den skrivs inte ut så länge beloppet saknas.',
  'agreements.clauseAgesMissing': 'Klausulen nämner målgruppens ålder men ingen ålder är angiven.',
  'agreements.clauseFundsConditionUnticked':
    'Klausulen säger ”under förutsättning att medel beviljas” men villkoret är inte markerat under Period. Markera det eller ändra texten.',
  'agreements.clauseSteeringGroupMissing':
    'Klausulen nämner styrgruppen men överenskommelsen har ingen styrgrupp.',
  'agreements.clauseAnnualReportMissing':
    'Klausulen nämner årsberättelsen men ingen årsberättelse finns bland uppföljningarna.',
  'agreements.clauseCopiesTwice': 'Undertecknandet i likalydande exemplar står redan i en annan klausul.',
  'agreements.statementUncrcNotYetLaw':
    'Barnkonventionen är svensk lag först från 2020-01-01. En överenskommelse som börjar tidigare kan inte säga att den är lag.',

  // Reports and gallring
  'reports.folderInvalid': 'Välj en befintlig mapp (en fullständig sökväg) att spara rapporten i.',
  'reports.writeFailed':
    'Rapporten kunde inte sparas i mappen. Kontrollera att du får skriva där och att det finns utrymme.',
  'reports.periodOrder': 'Slutdatumet måste vara samma dag som eller efter startdatumet.',
  'reports.thresholdRange': 'Ange ett tal mellan 3 och 20.',
  'reports.retentionRange': 'Ange ett antal dagar mellan 0 och 365.',
  'reports.duplicateLine': 'Budgetposten finns redan med i utfallet.',
  'erasure.notOver':
    'Gruppen är inte avslutad eller inställd. Uppgifterna gallras först när gruppen är över.',
  'erasure.notHandedBack':
    'Uppgifterna har inte återförts till socialtjänsten ännu. Skapa återföringspaketen först och gallra sedan.',
  'erasure.nothingToErase': 'Det finns inga uppgifter kvar att gallra för de valda grupperna.',
  'erasure.writeFailed':
    'Återföringspaketet kunde inte sparas i mappen. Kontrollera att du får skriva där och att det finns utrymme.',
  'erasure.folderInvalid': 'Välj en befintlig mapp (en fullständig sökväg) att spara återföringspaketen i.',
  'erasure.passphraseTooShort': 'Lösenfrasen måste ha minst 16 tecken. Använd gärna flera ord.',
  'erasure.confirmRequired':
    'Bekräfta att återföringspaketen är sparade och att lösenfrasen har lämnats över.',
  'retention.daysRange': 'Ange ett helt antal dagar inom det tillåtna intervallet.',
  'deletion.confirmRequired': 'Bekräfta att uppgifterna ska raderas. Det går inte att ångra.',
  'deletion.childHasHistory':
    'Barnet har haft plats i en grupp, närvaro eller en orosanmälan. Det raderas inte som en felregistrering utan gallras efter återföring till socialtjänsten.',
  'deletion.notDraft':
    'Bara en överenskommelse som är ett utkast kan raderas. En överenskommelse som gått vidare avslutas i stället.',
  'deletion.draftInUse':
    'Utkastet har redan insatser eller synpunkter kopplade till sig. Ta bort dem först, eller avsluta överenskommelsen.',
  'deletion.organisationInUse':
    'Organisationen är part i eller nämns i en överenskommelse, eller driver en insats. Den kan inte raderas.',
  'audit.badAnchor':
    'Texten innehåller inget logghuvud. Klistra in raden som börjar med IOPDESK-LOGGHUVUD från utskriften.',
  'attachments.fileUnreadable':
    'Filen kunde inte läsas. Välj en fil (inte en mapp) som finns på den här datorn.',
  'attachments.empty': 'Filen är tom. Välj filen igen, eller skanna dokumentet på nytt.',
  'attachments.tooLarge':
    'Filen är större än {max|# MB|# MB}. Dela upp den eller skanna med lägre upplösning.',
  'attachments.typeRefused':
    'Filen är inte en PDF, JPEG- eller PNG-bild, Word-dokument (.docx) eller Excel-arbetsbok (.xlsx). Filtypen avgörs av innehållet, inte av namnet. Spara dokumentet som PDF och försök igen.',
  'attachments.macroRefused':
    'Dokument med makron (.docm, .xlsm) tas inte emot. Spara det som ett vanligt Word-dokument (.docx), Excel-arbetsbok (.xlsx) eller PDF och försök igen.',
  'attachments.notViewable':
    'Bara bilder (JPEG, PNG) visas i appen. Spara en kopia för att öppna PDF-, Word- och Excel-filer.',
  'attachments.folderInvalid': 'Välj en befintlig mapp (en fullständig sökväg) att spara kopian i.',
  'attachments.writeFailed':
    'Kopian kunde inte sparas i mappen. Kontrollera att du får skriva där och att det finns utrymme.',
} as const;

export type MessageKey = keyof typeof sv;
