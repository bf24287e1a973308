// Swedish UI texts of the backup screens (Administration → Säkerhetskopior,
// the first-run restore, the overview card); spread into sv.ts. English in
// backup-en.ts has the same keys. Error texts are in src/shared/i18n.
export const backupSv = {
  // The tab
  'backups.heading': 'Säkerhetskopior',
  'backups.intro':
    'En säkerhetskopia är en krypterad fil med alla uppgifter i appen, användarna och deras lösenord. Med den kan allt återställas, till exempel på en ny dator. Förvara säkerhetskopior på en annan plats än datorn, till exempel på ett USB-minne i ett låst skåp.',
  'backups.createNow': 'Ta säkerhetskopia nu',
  'backups.verifyOther': 'Kontrollera en annan fil…',
  'backups.restoreOther': 'Återställ från en annan fil…',
  'backups.busyElsewhere': 'En säkerhetskopiering pågår redan. Vänta tills den är klar.',
  'backups.refresh': 'Uppdatera listan',

  // Status
  'backups.cardTitle': 'Säkerhetskopiering',
  'backups.cardOpen': 'Gå till Säkerhetskopior',
  'backups.lastSuccess': 'Senaste lyckade säkerhetskopia: {time} ({kind}).',
  'backups.noBackupYet': 'Ingen säkerhetskopia har tagits ännu.',
  'backups.lastFailure': 'Säkerhetskopieringen {time} misslyckades ({kind})',
  'backups.scheduleOff': 'Schemalagda säkerhetskopior är avstängda.',
  'backups.scheduleOn': 'Schemalagda säkerhetskopior är påslagna.',
  'backups.scheduleNeedsKey':
    'Schemalagda säkerhetskopior kan inte göras förrän det finns en säkerhetskopieringsnyckel. Skapa den under Säkerhetskopieringsnyckel.',
  'backups.nextScheduled': 'Nästa schemalagda säkerhetskopia: {time}.',

  // The list
  'backups.listHeading': 'Säkerhetskopior i mappen',
  'backups.listFolder': 'Mapp: {folder}',
  'backups.listLabel': 'Säkerhetskopior i mappen för säkerhetskopior',
  'backups.listEmpty': 'Det finns inga säkerhetskopior i mappen ännu.',
  'backups.colTime': 'Tid',
  'backups.colKind': 'Typ',
  'backups.colSize': 'Storlek',
  'backups.colVerified': 'Kontrollerad',
  'backups.colActions': 'Åtgärder',
  'backups.kind.manual': 'Manuell',
  'backups.kind.scheduled': 'Schemalagd',
  'backups.kind.safety': 'Före återställning',
  'backups.kind.other': 'Annan fil',
  'backups.notVerified': 'Inte kontrollerad',
  'backups.verifiedAt': 'Hel, kontrollerad {time}',
  'backups.verifyFailedAt': 'Skadad, kontrollerad {time}',
  'backups.verify': 'Kontrollera',
  'backups.restore': 'Återställ',
  'backups.verifyRow': 'Kontrollera säkerhetskopian från {time}',
  'backups.restoreRow': 'Återställ säkerhetskopian från {time}',
  'backups.fromTime': 'säkerhetskopian från {time}',
  'backups.fileNamed': 'filen {file}',

  // Take a backup
  'backups.createTitle': 'Ta säkerhetskopia nu',
  'backups.where': 'Var ska säkerhetskopian sparas?',
  'backups.whereConfigured': 'I mappen för säkerhetskopior',
  'backups.whereOther': 'I en annan mapp',
  'backups.whereOtherHint': 'Till exempel på ett USB-minne eller en extern hårddisk.',
  'backups.chosenFolder': 'Vald mapp',
  'backups.noFolderChosen': 'Ingen mapp vald',
  'backups.chooseFolder': 'Välj mapp…',
  'backups.chooseFolderFirst': 'Välj en mapp med knappen Välj mapp.',
  'backups.encryption': 'Hur ska säkerhetskopian krypteras?',
  'backups.encryptionPassphrase': 'Med en lösenfras',
  'backups.encryptionPassphraseHint': 'Du väljer en lösenfras nu. Den behövs för att öppna säkerhetskopian.',
  'backups.encryptionKey': 'Med säkerhetskopieringsnyckeln',
  'backups.encryptionKeyHint':
    'Samma nyckel som de schemalagda säkerhetskopiorna. Öppnas med den hemliga nyckeln som sparades när nyckeln skapades.',
  'backups.encryptionKeyMissing':
    'Det finns ingen säkerhetskopieringsnyckel ännu. Du kan skapa en under Säkerhetskopieringsnyckel på den här sidan.',
  'backups.passphraseWarningTitle': 'Lösenfrasen går inte att återskapa',
  'backups.passphraseWarning':
    'Utan lösenfrasen kan ingen öppna säkerhetskopian, inte heller IT-stöd. Skriv ner den och förvara den säkert, på ett annat ställe än säkerhetskopian.',
  'backups.newPassphrase': 'Lösenfras',
  'backups.newPassphraseHint':
    'Minst 12 tecken. Flera vanliga ord med bindestreck emellan är lätta att skriva och svåra att gissa.',
  'backups.suggestPassphrase': 'Föreslå lösenfras',
  'backups.suggestedNote':
    'Förslaget visas i klartext. Skriv ner det nu och skriv det sedan en gång till i fältet Upprepa lösenfrasen.',
  'backups.repeatPassphrase': 'Upprepa lösenfrasen',
  'backups.repeatPassphraseHint': 'Skriv lösenfrasen en gång till, så att du vet att du har den rätt.',
  'backups.passphraseMismatch': 'Lösenfraserna är inte lika.',
  'backups.createSubmit': 'Skapa säkerhetskopian',
  'backups.rememberPassphrase':
    'Spara lösenfrasen på ett säkert ställe nu om du inte redan har gjort det. Den sparas inte i appen.',
  'backups.verifyNow': 'Kontrollera säkerhetskopian nu',

  // Check
  'backups.verifyTitle': 'Kontrollera säkerhetskopia',
  'backups.verifyWhich': 'Du kontrollerar {backup}.',
  'backups.verifyIntro':
    'Appen öppnar säkerhetskopian och kontrollerar att allt innehåll är helt och oförändrat. De uppgifter du arbetar med påverkas inte.',
  'backups.verifySubmit': 'Kontrollera',
  'backups.verifiedWhat': 'Allt innehåll är helt och oförändrat.',
  'backups.manifestSummary': 'Säkerhetskopian skapades {time} med IOP Desk {version}.',
  'backups.manifestTables': 'Tekniska uppgifter: {tables} tabeller, {rows} rader.',

  // What opens a backup
  'backups.secretKind': 'Hur öppnas säkerhetskopian?',
  'backups.secretPassphrase': 'Med lösenfrasen',
  'backups.secretIdentity': 'Med den hemliga säkerhetskopieringsnyckeln',
  'backups.secretIdentityHint': 'Schemalagda säkerhetskopior öppnas med den.',
  'backups.passphrase': 'Lösenfras',
  'backups.passphraseExistingHint': 'Den lösenfras som användes när säkerhetskopian skapades.',
  'backups.identity': 'Hemlig säkerhetskopieringsnyckel',
  'backups.identityHint': 'Börjar med AGE-SECRET-KEY-1. Klistra in den från där den förvaras.',

  // Restore over the data in use
  'backups.restoreTitle': 'Återställ säkerhetskopia',
  'backups.restoreWhich': 'Du återställer {backup}.',
  'backups.restoreWarningTitle': 'Alla nuvarande uppgifter ersätts',
  'backups.restoreReplaces':
    'Allt i appen ersätts med innehållet i säkerhetskopian. Det som har lagts till eller ändrats sedan säkerhetskopian togs försvinner ur appen.',
  'backups.restoreSafety':
    'Innan något ersätts sparar appen automatiskt en säkerhetskopia av dagens uppgifter i mappen {folder}. Den öppnas med samma lösenfras eller nyckel som du anger här.',
  'backups.restoreSignOut':
    'När återställningen är klar loggas alla ut och appen låses. Alla loggar sedan in med de lösenord som gällde när säkerhetskopian togs.',
  'backups.restoreConfirm': 'Jag förstår att de nuvarande uppgifterna ersätts',
  'backups.restoreConfirmRequired': 'Kryssa i rutan för att bekräfta.',
  'backups.restoreSubmit': 'Återställ',
  'backups.safetyBackupAt': 'Säkerhetskopian av uppgifterna före återställningen heter {file}.',
  'backups.lockReasonRestored':
    'Säkerhetskopian är återställd. Logga in med det lösenord som gällde när säkerhetskopian togs.',

  // First run
  'backups.freshOffer': 'Återställ från säkerhetskopia',
  'backups.freshOfferHint':
    'Har IOP Desk använts på en annan dator? Då kan du i stället hämta alla uppgifter och användare från en säkerhetskopia.',
  'backups.freshTitle': 'Återställ från säkerhetskopia',
  'backups.freshIntro':
    'Hämta alla uppgifter, användare och lösenord från en säkerhetskopia, till exempel när appen flyttas till en ny dator.',
  'backups.freshFile': 'Säkerhetskopia',
  'backups.freshFileHint': 'En fil som slutar på .age, till exempel från ett USB-minne.',
  'backups.noFileChosen': 'Ingen fil vald',
  'backups.chooseFile': 'Välj fil…',
  'backups.chooseFileFirst': 'Välj säkerhetskopian med knappen Välj fil.',
  'backups.freshAfter':
    'När återställningen är klar visas inloggningen. Alla loggar in med de lösenord som gällde när säkerhetskopian togs.',
  'backups.freshBack': 'Tillbaka till installationen',
  'backups.freshSubmit': 'Återställ',

  // Jobs
  'backups.running.create': 'Säkerhetskopian skapas',
  'backups.running.verify': 'Säkerhetskopian kontrolleras',
  'backups.running.restore': 'Säkerhetskopian återställs',
  'backups.running.freshRestore': 'Säkerhetskopian återställs',
  'backups.done.create': 'Säkerhetskopian är sparad',
  'backups.done.verify': 'Säkerhetskopian är hel och kan återställas',
  'backups.done.restore': 'Säkerhetskopian är återställd',
  'backups.done.freshRestore': 'Säkerhetskopian är återställd',
  'backups.failed.create': 'Säkerhetskopian kunde inte skapas',
  'backups.failed.verify': 'Säkerhetskopian klarade inte kontrollen',
  'backups.failed.restore': 'Säkerhetskopian kunde inte återställas',
  'backups.failed.freshRestore': 'Säkerhetskopian kunde inte återställas',
  'backups.cancelledTitle': 'Avbrutet',
  'backups.stepOf': 'Steg {step} av {steps}: {text}',
  'backups.phase.queued': 'Startar',
  'backups.phase.preparing': 'Tar fram nyckeln',
  'backups.phase.snapshot': 'Förbereder kopian av databasen',
  'backups.phase.hashing': 'Räknar kontrollsummor',
  'backups.phase.writing': 'Krypterar',
  'backups.phase.reading': 'Dekrypterar',
  'backups.phase.checking': 'Kontrollerar innehållet',
  'backups.phase.safetyBackup': 'Sparar en säkerhetskopia av dagens uppgifter',
  'backups.phase.swapping': 'Byter till de återställda uppgifterna',
  'backups.phase.finished': 'Klar',
  'backups.mayClose':
    'Du kan stänga rutan och arbeta vidare medan det pågår. Förloppet visas då under Säkerhetskopior.',
  'backups.restoreWait': 'Vänta tills återställningen är klar. Därefter låses appen och alla loggar in igen.',
  'backups.freshWait': 'Vänta tills återställningen är klar. Därefter visas inloggningen.',
  'backups.cancelJob': 'Avbryt',
  'backups.cannotCancelNow': 'Det sista steget kan inte avbrytas.',
  'backups.createdFile': 'Fil: {file}',
  'backups.createdFolder': 'Mapp: {folder}',
  'backups.createdSize': 'Storlek: {size}',

  // Settings
  'backups.settingsHeading': 'Inställningar',
  'backups.folder': 'Mapp för säkerhetskopior',
  'backups.folderDefaultHint':
    'Standardmappen i appens datamapp. Välj gärna en mapp på en annan enhet, så att säkerhetskopiorna finns kvar om datorn går sönder.',
  'backups.folderHint':
    'Här sparas schemalagda säkerhetskopior och säkerhetskopian som tas före en återställning.',
  'backups.defaultFolder': 'Standardmappen i appens datamapp',
  'backups.useDefaultFolder': 'Använd standardmappen',
  'backups.schedule': 'Schemalagda säkerhetskopior',
  'backups.scheduleHint':
    'En säkerhetskopia när appen startar och sedan var 24:e timme, medan någon är inloggad. De krypteras med säkerhetskopieringsnyckeln.',
  'backups.keepDaily': 'Spara dagliga',
  'backups.keepDailyHint': 'Antal dagar bakåt som en schemalagd säkerhetskopia per dag sparas.',
  'backups.keepWeekly': 'Spara veckovisa',
  'backups.keepWeeklyHint': 'Antal veckor bakåt som en schemalagd säkerhetskopia per vecka sparas.',
  'backups.saveSettings': 'Spara inställningarna',
  'backups.settingsSaved': 'Inställningarna för säkerhetskopior är sparade.',

  // The backup key
  'backups.keyHeading': 'Säkerhetskopieringsnyckel',
  'backups.keyWhat':
    'Schemalagda säkerhetskopior krypteras med en säkerhetskopieringsnyckel, så att ingen behöver skriva en lösenfras. Appen sparar bara nyckelns publika del, som bara kan låsa. Den hemliga delen, som öppnar säkerhetskopiorna, förvaras utanför datorn.',
  'backups.publicKey': 'Publik nyckel',
  'backups.noKey': 'Det finns ingen säkerhetskopieringsnyckel ännu.',
  'backups.keygen': 'Skapa säkerhetskopieringsnyckel',
  'backups.keygenAgain': 'Skapa en ny säkerhetskopieringsnyckel',
  'backups.useExistingKey': 'Använd en befintlig publik nyckel',
  'backups.existingKey': 'Publik nyckel',
  'backups.existingKeyHint':
    'Börjar med age1. Använd den när flera datorer ska ha samma nyckel; den hemliga delen har då redan sparats.',
  'backups.saveExistingKey': 'Spara nyckeln',
  'backups.recipientSaved': 'Den publika nyckeln är sparad.',
  'backups.keygenTitle': 'Skapa säkerhetskopieringsnyckel',
  'backups.keygenWhat': 'Nyckeln har två delar:',
  'backups.keygenPublic': 'en publik del, som appen sparar och använder för att kryptera säkerhetskopiorna,',
  'backups.keygenSecret':
    'en hemlig del, som behövs för att öppna dem. Den visas bara en gång, nu, och sparas aldrig i appen.',
  'backups.keygenKeepTitle': 'Förvara den hemliga nyckeln säkert',
  'backups.keygenKeep':
    'Skriv ut den eller spara den på ett USB-minne och lås in den, inte på den här datorn. Den som har nyckeln och en säkerhetskopia kan läsa alla uppgifter. Utan nyckeln går de schemalagda säkerhetskopiorna inte att återställa.',
  'backups.keygenReplacing':
    'Det finns redan en nyckel. Nya säkerhetskopior krypteras med den nya nyckeln; de äldre öppnas fortfarande bara med den gamla hemliga nyckeln. Behåll den också.',
  'backups.keygenSubmit': 'Skapa nyckeln',
  'backups.keygenSaveNow': 'Spara den hemliga nyckeln nu',
  'backups.keygenOnce': 'Nyckeln visas bara nu, en enda gång.',
  'backups.keygenOnceHow':
    'Kopiera den till ett USB-minne eller skriv ut den, och förvara den inlåst. Töm urklippet efteråt.',
  'backups.keyCopied': 'Nyckeln är kopierad. Klistra in den där du förvarar den och töm sedan urklippet.',
  'backups.keygenConfirm': 'Jag har sparat nyckeln',
  'backups.keygenDone': 'Klar',
  'backups.keyCreated':
    'Säkerhetskopieringsnyckeln är skapad. Schemalagda säkerhetskopior krypteras nu med den.',
  'backups.printTitle': 'Säkerhetskopieringsnyckel för IOP Desk',
  'backups.printWhat':
    'Nyckeln öppnar säkerhetskopiorna som är krypterade med den: i IOP Desk (Återställ från säkerhetskopia) eller med programmet age (age -d -i nyckelfil).',
  'backups.printKeep':
    'Förvara papperet inlåst. Den som har nyckeln och en säkerhetskopia kan läsa alla uppgifter.',

  // Audit log names
  'entity.backup': 'Säkerhetskopia',
  'channel.backup:updateSettings': 'Ändra inställningar för säkerhetskopior',
  'channel.backup:generateKey': 'Skapa säkerhetskopieringsnyckel',
  'channel.backup:setRecipient': 'Ange publik säkerhetskopieringsnyckel',
  'channel.backup:startCreate': 'Ta säkerhetskopia',
  'channel.backup:startVerify': 'Kontrollera säkerhetskopia',
  'channel.backup:startRestore': 'Återställ säkerhetskopia',
  'channel.backup:startFreshRestore': 'Återställ säkerhetskopia vid installation',
  'channel.backup:inspect': 'Granska säkerhetskopia före återställning',

  // Where a backup comes from (its seal, the installation's key fingerprint)
  'backups.originHeading': 'Installationens kännetecken',
  'backups.originIntro':
    'Säkerhetskopior från den här installationen är förseglade med dess nyckel. Skriv ut uppgifterna nedan och förvara papperet utanför datorn: när en säkerhetskopia återställs på en ny dator jämför du säkerhetskopians uppgifter med utskriften.',
  'backups.installationId': 'Installations-id',
  'backups.keyFingerprint': 'Nyckelns fingeravtryck',
  'backups.originPrint': 'Skriv ut',
  'backups.originPrintTitle': 'Kännetecken för IOP Desk-installationen',
  'backups.originPrintWhat':
    'Jämför med säkerhetskopians installations-id och fingeravtryck innan den återställs på en ny dator. Stämmer de inte kommer säkerhetskopian från en annan installation eller är förfalskad. Uppgifterna är inte hemliga: de öppnar ingenting.',
  'backups.origin.verified': 'Säkerhetskopian är gjord av den här installationen (förseglingen stämmer).',
  'backups.origin.mismatch':
    'Säkerhetskopian är INTE gjord av den här installationen: den kommer från en annan installation eller är förfalskad.',
  'backups.origin.none':
    'Säkerhetskopian är gjord av en tidigare version och saknar bevis på varifrån den kommer.',
  'backups.origin.notChecked':
    'Appen kan inte själv kontrollera varifrån säkerhetskopian kommer. Jämför installations-id och fingeravtryck med er utskrift.',
  'backups.originBackup': 'Säkerhetskopians uppgifter',
  'backups.originThis': 'Den här installationen',
  'backups.originAcceptTitle': 'Kontrollera varifrån säkerhetskopian kommer',
  'backups.originAccept': 'Jag har kontrollerat varifrån säkerhetskopian kommer och vill återställa den ändå',
  'backups.originAcceptSubmit': 'Återställ ändå',
  'backups.freshInspect': 'Kontrollera säkerhetskopian',
  'backups.freshInspected': 'Säkerhetskopian från {organisation}, skapad {time} med IOP Desk {version}.',
  'backups.freshCompare': 'Installations-id och fingeravtryck stämmer med vår utskrift',
  'backups.freshCompareRequired': 'Jämför med utskriften och kryssa i rutan, eller välj en annan fil.',
} as const;
