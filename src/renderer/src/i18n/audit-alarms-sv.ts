// Swedish UI texts of the integrity alarms (the banner on every screen) and of
// the printed audit head in Loggkontroll; spread into sv.ts. English in
// audit-alarms-en.ts has the same keys. Error texts are in src/shared/i18n.
export const auditAlarmsSv = {
  // The banner
  'alarms.region': 'Säkerhetslarm',
  'alarms.adminTitleOne': 'Loggkontrollen har hittat ett säkerhetslarm',
  'alarms.adminTitleMany': 'Loggkontrollen har hittat {count} säkerhetslarm',
  'alarms.adminIntro':
    'Larmen ligger kvar på alla skärmar tills en administratör har sett dem. Ändra ingenting i appen innan det är utrett vad som har hänt.',
  'alarms.detectedAt': 'Upptäcktes {time}.',
  'alarms.acknowledge': 'Jag har sett larmen',
  'alarms.openAudit': 'Öppna Loggkontroll',
  'alarms.openBackups': 'Gå till Säkerhetskopior',
  'alarms.confirmTitle': 'Har du sett larmen?',
  'alarms.confirmText':
    'När du bekräftar försvinner larmen från alla skärmar, för alla användare. De finns kvar i loggen, och att du har sett dem loggas med ditt namn.',
  'alarms.confirm': 'Ja, jag har sett larmen',
  'alarms.acknowledged': 'Larmen är markerade som sedda.',
  'alarms.userNotice': 'Det finns säkerhetslarm som administratören behöver se. Kontakta administratören.',

  // The alarms and the head in the log's own list
  'channel.audit:headMismatch': 'Larm: loggen stämmer inte med kontrollpunkten',
  'channel.audit:lockedQueue': 'Larm: händelser från låst läge saknas',
  'channel.audit:databaseCheck': 'Larm: databasfilen är skadad',
  'channel.audit:acknowledgeAlerts': 'Larmen markerade som sedda',
  'channel.audit:head': 'Skriv ut logghuvud',

  // What each alarm says
  'alarms.missing.title': 'Loggposter saknas',
  'alarms.missing.entriesOne': 'Loggpost nummer {from} finns inte längre i databasen.',
  'alarms.missing.entriesMany':
    'Loggposterna nummer {from}–{to} ({count} poster) finns inte längre i databasen.',
  'alarms.missing.since':
    'Loggen slutar nu {time}. Det som gjordes i appen efter det kan saknas, både i loggen och bland uppgifterna.',
  'alarms.missing.empty': 'Loggen är nu tom. Allt som gjorts i appen kan saknas.',
  'alarms.missing.upTo': 'De saknade posterna skrevs fram till {time}.',
  'alarms.missing.cause':
    'Troligen har en äldre kopia av databasfilen lagts tillbaka, eller så har databasens loggfil (-wal) tagits bort efter ett avbrott.',
  'alarms.rewritten.title': 'Loggen har skrivits om',
  'alarms.rewritten.text':
    'Loggpost nummer {id} är inte längre den post som fanns där förut. Loggen och uppgifterna kan ha bytts ut mot en annan version.',
  'alarms.rewritten.headAt': 'Den ursprungliga posten skrevs {time}.',
  'alarms.deleted.title': 'Loggposter har tagits bort',
  'alarms.deleted.textOne': '1 loggpost före post nummer {id} har tagits bort.',
  'alarms.deleted.textMany': '{count} loggposter före post nummer {id} har tagits bort.',
  'alarms.headForged.title': 'Loggens kontrollpunkt har ändrats',
  'alarms.headForged.text':
    'Kontrollpunkten som appen sparar för loggen (i filen keyring.json) har ändrats av någon som inte hade appens nyckel. Det kan vara ett försök att dölja att loggen har kortats.',
  'alarms.headRemoved.title': 'Loggens kontrollpunkt saknas',
  'alarms.headRemoved.text':
    'Kontrollpunkten som appen sparar för loggen har tagits bort från filen keyring.json. Det kan vara ett försök att dölja att loggen har kortats.',
  'alarms.unknown.title': 'Okänt säkerhetslarm',
  'alarms.unknown.text': 'Larmets kod: {details}.',
  'alarms.lockedQueue.title': 'Händelser från låst läge saknas',
  'alarms.lockedQueue.what':
    'Misslyckade inloggningar och låsningar medan appen är låst sparas i en kö och förs in i loggen vid nästa upplåsning. Kön har ändrats medan appen var låst.',
  'alarms.lockedQueue.gapOne': 'Händelse nummer {numbers} saknas.',
  'alarms.lockedQueue.gapMany': 'Händelserna nummer {numbers} saknas.',
  'alarms.lockedQueue.backwardsOne':
    '1 händelse har ett nummer som går bakåt: kön har tömts eller återställts.',
  'alarms.lockedQueue.backwardsMany':
    '{count} händelser har nummer som går bakåt: kön har tömts eller återställts.',
  'alarms.lockedQueue.refusedOne': '1 händelse såg inte äkta ut och fördes inte in i loggen.',
  'alarms.lockedQueue.refusedMany': '{count} händelser såg inte äkta ut och fördes inte in i loggen.',
  'alarms.databaseCheck.title': 'Databasfilen är skadad',
  'alarms.databaseCheck.problemsOne': 'Kontrollen av databasfilen hittade 1 fel.',
  'alarms.databaseCheck.problemsMany': 'Kontrollen av databasfilen hittade {count} fel.',
  'alarms.databaseCheck.damaged': 'Kontrollen av databasfilen hittade fel.',
  'alarms.databaseCheck.restore':
    'Återställ den senaste säkerhetskopian innan mer arbete görs: Administration → Säkerhetskopior → Återställ. Det som sparats efter säkerhetskopian behöver föras in igen.',

  // Loggkontroll: the printed head
  'auditHead.heading': 'Logghuvud',
  'auditHead.intro':
    'Logghuvudet anger loggens senaste post, antalet poster och en kontrollsumma. Skriv ut det, eller spara det i en fil som förvaras utanför datorn (till exempel i diariet). Om loggen senare kortas eller byts ut syns det när du jämför med utskriften.',
  'auditHead.show': 'Skriv ut logghuvud',
  'auditHead.label': 'Logghuvud att skriva ut',
  'auditHead.copied': 'Logghuvudet är kopierat. Klistra in det i en fil som förvaras utanför datorn.',
  'auditHead.copyFailed':
    'Det gick inte att kopiera. Markera texten och kopiera den själv, eller skriv ut den.',
  'auditHead.compareLabel': 'Jämför med utskrivet logghuvud',
  'auditHead.compareHint': 'Klistra in hela utskriften eller raden som börjar med IOPDESK-LOGGHUVUD.',
  'auditHead.compare': 'Jämför',
  'auditHead.comparing': 'Jämför loggen med logghuvudet…',
  'auditHead.empty': 'Klistra in logghuvudet först.',
  'auditHead.okTitle': 'Loggen stämmer med det utskrivna logghuvudet',
  'auditHead.okText':
    'Post nummer {id} från {time} finns kvar oförändrad, och {count|# post|alla # poster} fram till den finns kvar. Loggen har inte gått bakåt sedan utskriften.',
  'auditHead.missingTitle': 'Loggposter saknas sedan utskriften',
  'auditHead.missingOne':
    'Loggpost nummer {from} fanns när logghuvudet skrevs ut ({time}) men finns inte längre.',
  'auditHead.missingMany':
    'Loggposterna nummer {from}–{to} ({count} poster) fanns när logghuvudet skrevs ut ({time}) men finns inte längre.',
  'auditHead.rewrittenTitle': 'Loggen har skrivits om sedan utskriften',
  'auditHead.rewrittenText':
    'Loggpost nummer {id} är inte samma post som när logghuvudet skrevs ut ({time}). Loggen och uppgifterna kan ha bytts ut mot en annan version.',
  'auditHead.deletedTitle': 'Loggposter har tagits bort sedan utskriften',
  'auditHead.deletedText':
    'Loggpost nummer {id} finns kvar, men poster före den har tagits bort: utskriften visar {count|# post|# poster} fram till den.',
  'auditHead.unknownTime': 'okänd tid',
  'auditHead.chainBad': 'Loggen har dessutom ändrats inuti. Första felaktiga post: {id}.',
  'audit.exportedWithHead':
    'Loggen exporterades som {filename} och logghuvudet som {headFilename}. Förvara filerna tillsammans.',
} as const;
