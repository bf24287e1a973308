// The renderer's own Swedish texts: the source of truth. English in en.ts
// must have exactly the same keys (enforced by its type). Error codes and
// validation problems are in the shared catalogue (src/shared/i18n).
// `{name}` marks a value filled in by `t(key, { name })`.
import { agreementsSv } from './agreements-sv';
import { organisationsSv } from './organisations-sv';
import { childrenSv } from './children-sv';
import { agreementEditorSv } from './agreement-editor-sv';
import { breachesSv } from './breaches-sv';
import { amendmentsSv } from './amendments-sv';
import { supportGroupsSv } from './support-groups-sv';
import { reportsSv } from './reports-sv';
import { backupSv } from './backup-sv';
import { auditAlarmsSv } from './audit-alarms-sv';
import { paymentsSv } from './payments-sv';
import { deletionSv } from './deletion-sv';
import { exchangeSv } from './exchange-sv';
import { deficiencyProcessSv } from './deficiency-process-sv';
import { commitmentsSv } from './commitments-sv';
import { draftsSv } from './drafts-sv';
import { printingSv } from './printing-sv';
import { importSv } from './import-sv';
import { effectSv } from './effect-sv';
import { attachmentsSv } from './attachments-sv';

export const sv = {
  ...agreementsSv,
  ...organisationsSv,
  ...childrenSv,
  ...agreementEditorSv,
  ...breachesSv,
  ...amendmentsSv,
  ...supportGroupsSv,
  ...reportsSv,
  ...backupSv,
  ...auditAlarmsSv,
  ...paymentsSv,
  ...deletionSv,
  ...exchangeSv,
  ...deficiencyProcessSv,
  ...draftsSv,
  ...printingSv,
  ...importSv,
  ...effectSv,
  ...attachmentsSv,
  ...commitmentsSv,
  'app.name': 'IOP Desk',
  'app.loading': 'Laddar…',
  'app.startFailed': 'Appen kunde inte starta.',
  'app.retry': 'Försök igen',
  'app.skipToContent': 'Hoppa till innehållet',

  // Navigation
  'nav.label': 'Huvudmeny',
  'nav.overview': 'Översikt',
  'nav.agreements': 'Överenskommelser',
  'nav.organisations': 'Organisationer',
  'nav.supportGroups': 'Stödgrupper',
  'nav.children': 'Barn',
  'nav.reports': 'Rapporter',
  'nav.admin': 'Administration',
  'nav.toggle': 'Visa eller dölj menyn',

  // User menu
  'userMenu.changePassword': 'Byt lösenord',
  'userMenu.lockNow': 'Lås nu',
  'userMenu.language': 'Språk',
  'userMenu.swedish': 'Svenska',
  'userMenu.english': 'English',
  'userMenu.selected': ' (valt)',

  // Roles
  'role.admin': 'Administratör',
  'role.caseworker': 'Handläggare',
  'role.coordinator': 'Koordinator',
  'role.viewer': 'Läsare',

  // Common
  'common.save': 'Spara',
  'common.saving': 'Sparar…',
  'common.cancel': 'Avbryt',
  'common.back': 'Tillbaka',
  'common.next': 'Nästa',
  'common.close': 'Stäng',
  'common.loading': 'Hämtar uppgifter…',
  'common.errorTitle': 'Något gick fel',
  'common.refusedTitle': 'Åtgärden kan inte genomföras',
  'common.validationTitle': 'Uppgifterna kunde inte sparas',
  'common.tryAgainIn': 'Försök igen om {seconds|# sekund|# sekunder}.',
  'common.readOnly': 'Du kan läsa uppgifterna men inte ändra dem.',
  'common.cardFailed': 'Uppgifterna till kortet kunde inte hämtas.',
  'common.retry': 'Försök igen',

  // Passwords
  'password.strength.label': 'Lösenordets styrka: {level}',
  'password.strength.tooShort': 'för kort',
  'password.strength.weak': 'svagt',
  'password.strength.fair': 'godkänt',
  'password.strength.strong': 'starkt',
  'password.hint':
    'Minst 12 tecken. En lösenfras av flera ord som bara du känner till är lätt att komma ihåg och svår att gissa.',
  'password.repeat': 'Upprepa lösenordet',
  'password.new': 'Nytt lösenord',
  'password.repeatNew': 'Upprepa det nya lösenordet',

  // First-run wizard
  'setup.title': 'Välkommen till IOP Desk',
  'setup.intro':
    'Innan appen kan användas behöver den ställas in på den här datorn. Alla uppgifter sparas krypterade på datorn och lämnar den aldrig av sig själva.',
  'setup.stepOrganisation': 'Organisation',
  'setup.stepAdmin': 'Administratör',
  'setup.stepRecoveryKey': 'Återställningsnyckel',
  'setup.organisationHeading': 'Vilken organisation använder appen?',
  'setup.organisationName': 'Organisationens namn',
  'setup.organisationNameHint': 'Till exempel Socialförvaltningen, Exempelstad. Namnet visas på låsskärmen.',
  'setup.adminHeading': 'Skapa det första administratörskontot',
  'setup.adminIntro':
    'Administratören lägger senare till fler användare, återställer lösenord och granskar loggen. Du loggar in med det här kontot.',
  'setup.username': 'Användarnamn',
  'setup.usernameHint': 'Små bokstäver a–z, siffror, punkt och bindestreck, till exempel anna.andersson.',
  'setup.displayName': 'Namn som visas',
  'setup.displayNameHint': 'Ditt namn som det visas för andra, till exempel Anna Andersson.',
  'setup.password': 'Lösenord',
  'setup.create': 'Skapa installationen',
  'setup.creating': 'Skapar installationen…',
  'setup.recoveryHeading': 'Spara återställningsnyckeln',
  'setup.recoveryWhat':
    'Återställningsnyckeln är reservnyckeln till alla uppgifter i appen. Om alla som har ett konto glömmer sitt lösenord är den det enda sättet att komma åt uppgifterna igen. Utan den går uppgifterna inte att få tillbaka.',
  'setup.recoveryOnce': 'Nyckeln visas bara nu, en enda gång.',
  'setup.recoveryHow':
    'Skriv ut den eller skriv av den för hand och förvara den inlåst, till exempel i ett kassaskåp, skild från datorn. Spara den inte i ett vanligt dokument eller e-postmeddelande: den som har nyckeln kan låsa upp alla uppgifter.',
  'setup.recoveryKeyLabel': 'Återställningsnyckel',
  'setup.copy': 'Kopiera',
  'setup.copied': 'Nyckeln är kopierad. Klistra in den där du förvarar den och töm sedan urklippet.',
  'setup.copyFailed': 'Det gick inte att kopiera. Markera nyckeln och kopiera den själv, eller skriv ut den.',
  'setup.print': 'Skriv ut',
  'setup.printTitle': 'Återställningsnyckel för IOP Desk',
  'setup.printCreated': 'Skapad {date} för {organisation}.',
  'setup.printKeep': 'Förvara papperet inlåst. Den som har nyckeln kan låsa upp alla uppgifter i appen.',
  'setup.confirmSaved': 'Jag har sparat återställningsnyckeln på ett säkert ställe',
  'setup.continue': 'Fortsätt',

  // Lock screen
  'lock.subtitle': 'IOP Desk är låst. Logga in för att fortsätta.',
  'lock.user': 'Användare',
  'lock.chooseUser': 'Välj användare',
  'lock.password': 'Lösenord',
  'lock.unlock': 'Lås upp',
  'lock.unlocking': 'Låser upp…',
  'lock.failed': 'Det gick inte att låsa upp',
  'lock.forgot': 'Glömt lösenordet? Använd återställningsnyckeln',
  'lock.noUsers': 'Det finns inga användare på den här datorn.',
  'lock.reasonIdleOne': 'Appen låstes automatiskt efter 1 minut utan aktivitet.',
  'lock.reasonIdle': 'Appen låstes automatiskt efter {minutes|# minut|# minuter} utan aktivitet.',
  'lock.reasonSystem':
    'Appen låstes för att skydda uppgifterna: datorn låstes, gick i viloläge eller har inte använts på en stund.',

  // Recovery
  'recover.title': 'Återställ lösenordet',
  'recover.intro':
    'Med återställningsnyckeln från installationen kan du välja ett nytt lösenord. Nyckeln finns på papperet som skrevs ut eller skrevs av när appen ställdes in.',
  'recover.recoveryKey': 'Återställningsnyckel',
  'recover.recoveryKeyHint': 'Med eller utan bindestreck; stora eller små bokstäver spelar ingen roll.',
  'recover.failed': 'Det gick inte att återställa lösenordet',
  'recover.submit': 'Återställ och lås upp',
  'recover.backToUnlock': 'Tillbaka till inloggningen',

  // Change password
  'changePassword.title': 'Byt lösenord',
  'changePassword.forcedIntro':
    'En administratör har gett dig ett tillfälligt lösenord. Välj ett eget lösenord innan du fortsätter.',
  'changePassword.current': 'Nuvarande lösenord',
  'changePassword.currentTemporary': 'Nuvarande (tillfälligt) lösenord',
  'changePassword.submit': 'Byt lösenord',
  'changePassword.done': 'Lösenordet är bytt.',
  'changePassword.lockInstead': 'Lås appen i stället',

  // Screen titles
  'overview.title': 'Översikt',
  'overview.body':
    'Det som är försenat eller förfaller inom 90 dagar i överenskommelserna, gallring som väntar, stödgrupper att åtgärda och läget för säkerhetskopieringen.',
  'agreements.title': 'Överenskommelser',
  'supportGroups.title': 'Stödgrupper',
  'children.title': 'Barn',
  'reports.title': 'Rapporter',

  // Organisation kinds
  'kind.municipality': 'Kommun',
  'kind.region': 'Region',
  'kind.stateAgency': 'Statlig myndighet',
  'kind.nonprofit': 'Idéburen organisation',

  // Requirement statuses
  'requirementStatus.met': 'Uppfyllt',
  'requirementStatus.notMet': 'Ej uppfyllt',
  'requirementStatus.unknown': 'Okänt',

  // Administration
  'admin.title': 'Administration',
  'admin.tabUsers': 'Användare',
  'admin.tabSettings': 'Inställningar',
  'admin.tabAudit': 'Loggkontroll',
  'admin.tabBackups': 'Säkerhetskopior',

  // Users
  'users.heading': 'Användare',
  'users.new': 'Ny användare',
  'users.colName': 'Namn',
  'users.colUsername': 'Användarnamn',
  'users.colRole': 'Roll',
  'users.colStatus': 'Status',
  'users.colActions': 'Åtgärder',
  'users.statusActive': 'Aktiv',
  'users.statusDisabled': 'Avstängd',
  'users.statusMustChange': 'Måste byta lösenord',
  'users.you': '(du)',
  'users.resetPassword': 'Återställ lösenord',
  'users.resetPasswordFor': 'Återställ lösenord för {name}',
  'users.disable': 'Stäng av',
  'users.disableFor': 'Stäng av {name}',
  'users.enable': 'Aktivera',
  'users.enableFor': 'Aktivera {name}',
  'users.createTitle': 'Ny användare',
  'users.role': 'Roll',
  'users.temporaryPassword': 'Tillfälligt lösenord',
  'users.temporaryPasswordHint':
    'Lämna lösenordet till användaren personligen. Användaren måste byta det vid första inloggningen.',
  'users.generatePassword': 'Skapa ett slumpat lösenord',
  'users.create': 'Skapa användaren',
  'users.created': 'Användaren {name} skapades. Lämna det tillfälliga lösenordet till användaren.',
  'users.resetTitle': 'Återställ lösenord för {name}',
  'users.newTemporaryPassword': 'Nytt tillfälligt lösenord',
  'users.resetSubmit': 'Återställ lösenordet',
  'users.resetDone': 'Lösenordet för {name} återställdes. Användaren måste byta det vid nästa inloggning.',
  'users.disabledDone': '{name} är avstängd och kan inte logga in.',
  'users.enabledDone': '{name} är aktiverad igen.',
  'users.roleHint.admin': 'Hanterar användare, inställningar och loggkontroll, och ser allt.',
  'users.roleHint.caseworker': 'Arbetar med överenskommelser och organisationer.',
  'users.roleHint.coordinator': 'Arbetar med stödgrupper och deltagare.',
  'users.roleHint.viewer': 'Ser bara rapporter, aldrig personuppgifter.',

  // Settings
  'settings.heading': 'Inställningar',
  'settings.idleLock': 'Lås automatiskt efter (minuter)',
  'settings.idleLockHint':
    'Appen låses när ingen har använt tangentbord eller mus så här länge. Mellan 1 och 120 minuter.',
  'settings.saved': 'Inställningarna sparades.',

  // Audit review
  'audit.heading': 'Loggkontroll',
  'audit.intro':
    'Loggen visar vem som har läst eller ändrat vad och när. Den innehåller inga namn eller personnummer, bara användare, funktion, typ och id.',
  'audit.filters': 'Filter',
  'audit.user': 'Användare',
  'audit.allUsers': 'Alla användare',
  'audit.entityType': 'Typ av uppgift',
  'audit.allTypes': 'Alla typer',
  'audit.from': 'Från och med datum',
  'audit.to': 'Till och med datum',
  'audit.dateHint': 'ÅÅÅÅ-MM-DD',
  'audit.apply': 'Visa',
  'audit.clear': 'Rensa filter',
  'audit.tableLabel': 'Loggposter',
  'audit.colTime': 'Tid',
  'audit.colUser': 'Användare',
  'audit.colRole': 'Roll',
  'audit.colChannel': 'Funktion',
  'audit.colEntityType': 'Typ',
  'audit.colEntityId': 'Id',
  'audit.colOutcome': 'Utfall',
  'audit.noEntries': 'Inga loggposter matchar filtret.',
  'audit.showing': 'Visar {from}–{to} av {total|# loggpost|# loggposter}.',
  'audit.pagination': 'Sidor i loggen',
  'audit.page': 'Sida {page}',
  'audit.previousPage': 'Föregående sida',
  'audit.nextPage': 'Nästa sida',
  'audit.verify': 'Kontrollera loggens integritet',
  'audit.verifying': 'Kontrollerar loggen…',
  'audit.verifyOk': 'Loggen är hel: alla {checked} poster är oförändrade och ingen saknas.',
  'audit.verifyBad': 'Loggen har ändrats. Första felaktiga post: {id}.',
  'audit.problem.edited': 'Posten har ändrats i efterhand.',
  'audit.problem.inserted': 'Posten har lagts in i efterhand.',
  'audit.problem.deleted': 'En eller flera poster före den har tagits bort.',
  'audit.verifyAdvice': 'Kontakta IT-säkerhet. Ändra ingenting i appen innan det är utrett.',
  'audit.export': 'Exportera CSV',
  'audit.exported': 'Loggen exporterades som {filename}.',
  'audit.systemUser': 'Ingen inloggad',
  'outcome.ok': 'Lyckades',
  'outcome.denied': 'Nekad',
  'outcome.invalid': 'Ogiltig indata',
  'outcome.failed': 'Misslyckades',
  'entity.user': 'Användare',
  'entity.organisation': 'Organisation',
  'entity.auditLog': 'Loggen',
  'entity.settings': 'Inställningar',
  'entity.installation': 'Installation',

  // Audit: the function behind each channel
  'channel.installation:status': 'Visa status',
  'channel.installation:setup': 'Installera appen',
  'channel.auth:users': 'Visa användare på låsskärmen',
  'channel.auth:unlock': 'Lås upp',
  'channel.auth:recover': 'Återställ med återställningsnyckel',
  'channel.auth:lock': 'Lås',
  'channel.auth:changePassword': 'Byt lösenord',
  'channel.users:list': 'Visa användare',
  'channel.users:create': 'Skapa användare',
  'channel.users:resetPassword': 'Återställ lösenord',
  'channel.users:setDisabled': 'Stäng av eller aktivera användare',
  'channel.settings:get': 'Visa inställningar',
  'channel.settings:update': 'Ändra inställningar',
  'channel.organisations:list': 'Sök organisationer',
  'channel.organisations:get': 'Visa organisation',
  'channel.organisations:create': 'Skapa organisation',
  'channel.organisations:update': 'Ändra organisation',
  'channel.audit:list': 'Visa loggen',
  'channel.audit:verify': 'Kontrollera loggen',
  'channel.audit:exportCsv': 'Exportera loggen',
} as const;

export type UiKey = keyof typeof sv;
