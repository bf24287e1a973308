// The command line's own texts; error texts come from the shared catalogue.
import type { Language } from '../../shared/i18n/messages';
import { countOf } from '../../shared/i18n/plural';
import { exchangeCliEn, exchangeCliSv } from './cli-exchange-messages';

const sv = {
  ...exchangeCliSv,
  usage: `Användning: npm run cli -- <kommando> [flaggor]

Kommandon:
  backup create --data-dir MAPP --out MAPP --user NAMN [--recipient age1… | --passphrase-file FIL | --passphrase-stdin]
      Tar en krypterad säkerhetskopia. Utan --recipient och lösenfras används den inställda säkerhetskopieringsnyckeln.
  backup verify FIL … [--passphrase-file FIL | --passphrase-stdin | --identity-file FIL | --identity-stdin] [--data-dir MAPP]
      Kontrollerar säkerhetskopior utan att återställa något.
  backup restore FIL --data-dir MAPP [--user NAMN] [lösenfras- eller nyckelflagga som för verify]
      Återställer. Finns redan en installation krävs en administratör (--user) och en säkerhetskopia av nuvarande data tas först.
  backup keygen [--out FIL] [--data-dir MAPP --user NAMN]
      Skapar en nyckel för schemalagda säkerhetskopior. Den hemliga nyckeln visas en gång (eller skrivs till --out);
      med --data-dir sparas den publika nyckeln i installationen.
  audit verify --data-dir MAPP --user NAMN [--head-file FIL]
      Kontrollerar att loggen inte har ändrats och att databasfilen är hel (quick_check);
      med --head-file även att loggen innehåller ett tidigare utskrivet logghuvud.
  seed --data-dir MAPP --scale small|medium|large|municipality|x10 [--user NAMN]
      Fyller en installation med påhittade exempeldata (skapar installationen om den saknas).
  exchange card export --data-dir MAPP --user NAMN --out MAPP
      Skriver installationens kontaktkort (administratör) och visar fingeravtrycket.
  exchange card import FIL --data-dir MAPP --user NAMN [--fingerprint "12345 …" --compared-with NAMN]
      Importerar en partners kontaktkort; med --fingerprint även att fingeravtrycket jämförts (administratör).
  exchange open FIL --data-dir MAPP --user NAMN [--import] [--programme "NAMN=ID"]
      Kontrollerar ett paket och visar vad det innehåller; med --import importeras det efter "ja" på standard in.
  exchange key export --data-dir MAPP --user NAMN --out FIL
      Skriver den hemliga utbytesnyckeln, så att paket kan öppnas med age -d -i utan appen (administratör).
  exchange make report --data-dir MAPP --user NAMN --partner ID --agreement ID --year ÅR --out MAPP
      Skapar ett rapportpaket (årsrapportens anonymiserade siffror) till en partner, t.ex. som schemalagd uppgift.

Hemligheter tas aldrig som flaggvärden: lösenordet läses från --password-file eller från första raden på standard in,
en lösenfras eller hemlig nyckel från en fil eller från nästa rad på standard in.

Flaggor: --lang sv|en (språk, standard sv), --help

Slutkoder:
  0  klart
  1  fel användning (okänt kommando eller flagga)
  2  fel lösenord, lösenfras eller nyckel
  3  inte en säkerhetskopia, eller skadad/ändrad (även: loggen har ändrats)
  4  från en nyare version av IOP Desk
  5  annat fel
  6  datamappen används: appen är öppen eller ett annat kommando pågår (restore, seed och keygen med
     --data-dir kräver att appen är stängd; backup create, backup verify och audit verify kan köras medan den är öppen)
  7  paketet eller kortet vägrades (okänd eller overifierad avsändare, fel underskrift, fel mottagare,
     redan importerat, utgånget, skadat, för stort, fel sort för rollen, okänd insats); inget ändrades
  8  importen bekräftades inte; inget ändrades`,
  unknownCommand: 'Okänt kommando. Skriv --help för hjälp.',
  missingOption: (name: string) => `Flaggan --${name} saknas.`,
  oneSecret: 'Ange exakt en av lösenfras- eller nyckelflaggorna.',
  secretMissing: 'Ingen hemlighet kunde läsas (tom fil eller tom rad på standard in).',
  noInstallation: 'Det finns ingen installation i mappen.',
  needsAdmin: 'Kommandot kräver en administratör.',
  created: (path: string, size: string) => `Säkerhetskopia skapad: ${path} (${size})`,
  verified: (file: string, created: string, rows: number) =>
    `OK: ${file} (skapad ${created}, ${countOf('sv', rows, 'rad', 'rader')})`,
  verifyFailed: (file: string, message: string) => `FEL: ${file}: ${message}`,
  restored: (created: string) =>
    `Återställd från säkerhetskopian skapad ${created}. Logga in med de lösenord som gällde då.`,
  safetyBackup: (path: string) => `Säkerhetskopia av tidigare data: ${path}`,
  keygenRecipient: (r: string) => `Publik nyckel (sparas i appen): ${r}`,
  keygenIdentityWarning:
    'Hemlig nyckel – visas bara nu. Skriv ut den eller spara den offline; utan den går schemalagda säkerhetskopior inte att öppna:',
  keygenWritten: (path: string) => `Den hemliga nyckeln skrevs till ${path}. Förvara filen offline.`,
  keygenStored: 'Den publika nyckeln är sparad i installationen.',
  auditOk: (n: number) => `Loggen är hel (${countOf('sv', n, 'post kontrollerad', 'poster kontrollerade')}).`,
  auditBroken: (id: number | null, problem: string | null) =>
    `Loggen har ändrats vid post ${id ?? '?'} (${problem ?? 'okänt'}).`,
  auditAnchorMissing: (id: number, problem: string) =>
    `Loggen innehåller inte det utskrivna logghuvudet (post ${id}: ${problem}). Poster har försvunnit eller bytts ut; återställ från en säkerhetskopia och kontakta IT-säkerhet.`,
  databaseDamaged: (n: number) =>
    `Databasfilen är skadad (${n} fel från quick_check). Återställ från den senaste säkerhetskopian.`,
  seeded: (users: number, organisations: number) =>
    `Exempeldata: ${users} nya användare, ${organisations} nya organisationer.`,
  seededSupportGroups: (s: {
    agreements: number;
    children: number;
    groups: number;
    enrolments: number;
    attendance: number;
  }) =>
    `Stödgrupper: ${countOf('sv', s.agreements, 'överenskommelse', 'överenskommelser')}, ${s.children} barn, ${countOf('sv', s.groups, 'grupp', 'grupper')}, ${countOf('sv', s.enrolments, 'deltagande', 'deltaganden')}, ${countOf('sv', s.attendance, 'närvarorad', 'närvarorader')}.`,
  seededInstallation: (key: string) =>
    `Installationen skapades. Återställningsnyckel (visas bara nu, spara den säkert): ${key}`,
  fileExists: (path: string) => `Filen finns redan: ${path}`,
  progress: (phase: string, pct: string) => `${phase} ${pct}`,
};

type Messages = typeof sv;

const en: Messages = {
  ...exchangeCliEn,
  usage: `Usage: npm run cli -- <command> [options]

Commands:
  backup create --data-dir DIR --out DIR --user NAME [--recipient age1… | --passphrase-file FILE | --passphrase-stdin]
      Takes an encrypted backup. Without --recipient or a passphrase the configured backup key is used.
  backup verify FILE … [--passphrase-file FILE | --passphrase-stdin | --identity-file FILE | --identity-stdin] [--data-dir DIR]
      Checks backups without restoring anything.
  backup restore FILE --data-dir DIR [--user NAME] [passphrase or key option as for verify]
      Restores. Over an existing installation an administrator (--user) is needed and the current data is backed up first.
  backup keygen [--out FILE] [--data-dir DIR --user NAME]
      Creates a key for scheduled backups. The secret key is shown once (or written to --out);
      with --data-dir the public key is stored in the installation.
  audit verify --data-dir DIR --user NAME [--head-file FILE]
      Checks that the audit log has not been changed and the database file is sound (quick_check);
      with --head-file also that the log contains an audit head printed earlier.
  seed --data-dir DIR --scale small|medium|large|municipality|x10 [--user NAME]
      Fills an installation with invented demo data (creating the installation if missing).
  exchange card export --data-dir DIR --user NAME --out DIR
      Writes the installation's contact card (admin) and shows the fingerprint.
  exchange card import FILE --data-dir DIR --user NAME [--fingerprint "12345 …" --compared-with NAME]
      Imports a partner's contact card; with --fingerprint also records that the fingerprint was compared (admin).
  exchange open FILE --data-dir DIR --user NAME [--import] [--programme "NAME=ID"]
      Checks a package and shows what it holds; with --import imports it after "yes" on standard input.
  exchange key export --data-dir DIR --user NAME --out FILE
      Writes the secret exchange key, so packages open with age -d -i without the app (admin).
  exchange make report --data-dir DIR --user NAME --partner ID --agreement ID --year YEAR --out DIR
      Makes a report package (the annual report's anonymised figures) for a partner, e.g. as a scheduled task.

Secrets are never taken as option values: the password is read from --password-file or the first line of standard input,
a passphrase or secret key from a file or the next line of standard input.

Options: --lang sv|en (language, default sv), --help

Exit codes:
  0  done
  1  wrong usage (unknown command or option)
  2  wrong password, passphrase or key
  3  not a backup, or damaged/changed (also: the audit log was changed)
  4  from a newer version of IOP Desk
  5  other error
  6  the data folder is in use: the app is open or another command runs (restore, seed and keygen with
     --data-dir need the app closed; backup create, backup verify and audit verify can run while it is open)
  7  the package or card was refused (unknown or unverified sender, bad signature, wrong recipient,
     already imported, expired, damaged, too large, wrong kind for the role, unknown programme); nothing changed
  8  the import was not confirmed; nothing changed`,
  unknownCommand: 'Unknown command. Type --help for help.',
  missingOption: (name) => `The option --${name} is missing.`,
  oneSecret: 'Give exactly one of the passphrase or key options.',
  secretMissing: 'No secret could be read (empty file or empty line on standard input).',
  noInstallation: 'There is no installation in the folder.',
  needsAdmin: 'The command needs an administrator.',
  created: (path, size) => `Backup created: ${path} (${size})`,
  verified: (file, created, rows) => `OK: ${file} (made ${created}, ${countOf('en', rows, 'row', 'rows')})`,
  verifyFailed: (file, message) => `FAILED: ${file}: ${message}`,
  restored: (created) =>
    `Restored from the backup made ${created}. Sign in with the passwords that applied then.`,
  safetyBackup: (path) => `Backup of the previous data: ${path}`,
  keygenRecipient: (r) => `Public key (stored in the app): ${r}`,
  keygenIdentityWarning:
    'Secret key – shown only now. Print it or store it offline; without it scheduled backups cannot be opened:',
  keygenWritten: (path) => `The secret key was written to ${path}. Keep the file offline.`,
  keygenStored: 'The public key is stored in the installation.',
  auditOk: (n) => `The audit log is intact (${countOf('en', n, 'entry', 'entries')} checked).`,
  auditBroken: (id, problem) => `The audit log was changed at entry ${id ?? '?'} (${problem ?? 'unknown'}).`,
  auditAnchorMissing: (id, problem) =>
    `The audit log does not contain the printed audit head (entry ${id}: ${problem}). Entries were lost or replaced; restore from a backup and contact IT security.`,
  databaseDamaged: (n) =>
    `The database file is damaged (${n} problems from quick_check). Restore from the latest backup.`,
  seeded: (users, organisations) => `Demo data: ${users} new users, ${organisations} new organisations.`,
  seededSupportGroups: (s) =>
    `Support groups: ${countOf('en', s.agreements, 'agreement', 'agreements')}, ${countOf('en', s.children, 'child', 'children')}, ${countOf('en', s.groups, 'group', 'groups')}, ${countOf('en', s.enrolments, 'enrolment', 'enrolments')}, ${countOf('en', s.attendance, 'attendance row', 'attendance rows')}.`,
  seededInstallation: (key) =>
    `The installation was created. Recovery key (shown only now, keep it safe): ${key}`,
  fileExists: (path) => `The file already exists: ${path}`,
  progress: (phase, pct) => `${phase} ${pct}`,
};

export const cliMessages: Record<Language, Messages> = { sv, en };
export type CliMessages = Messages;
