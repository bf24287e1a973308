// The printed audit head as plain text: the same document whether the admin
// prints it in Loggkontroll or saves it beside a CSV export. Swedish only: it
// is filed as a record, and the check reads just its last line.
import type { AuditHeadPrint } from '../ipc/audit';

export function auditHeadText(head: AuditHeadPrint): string {
  return [
    'IOP Desk – logghuvud (granskningsloggens huvud)',
    `Organisation: ${head.organisationName}`,
    `Installation: ${head.installationId}`,
    `Utskrivet (UTC): ${head.printedAt}`,
    `Senaste post: nummer ${head.lastId}, skriven (UTC) ${head.at ?? '–'}`,
    `Antal poster: ${head.count}`,
    `Kontrollsumma (SHA-256): ${head.hash}`,
    '',
    'Förvara utskriften utanför datorn. Klistra in raden nedan i Loggkontroll',
    '(Kontrollera mot utskrivet logghuvud) för att se att loggen inte har gått bakåt:',
    '',
    head.line,
    '',
  ].join('\r\n');
}
