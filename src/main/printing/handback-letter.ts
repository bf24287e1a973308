// The cover letter that goes with a hand-back package (återföring) to one
// district: which groups, how many of the district's children, which package
// file with its checksum, how the passphrase comes, and a receipt to return.
// It names no child: the personal data travel only inside the encrypted package.
import { swedishDay } from '../../shared/dates';
import type { Group } from '../../shared/ipc/support-groups';
import type { Block, DocumentModel } from '../documents/document-model';
import { Gaps, numbered } from './print-model';
import type { PackageRow } from './print-repository';

export interface LetterGroup {
  group: Group;
  organisation: string;
  /** The district's children in the group. */
  children: number;
}

export function buildHandBackLetter(input: {
  district: string;
  groups: readonly LetterGroup[];
  packages: readonly PackageRow[];
  today: string;
  userName: string;
}): DocumentModel {
  const { district, groups, packages, today } = input;
  const gaps = new Gaps();
  const organisations = [...new Set(groups.map((g) => g.organisation.trim()).filter((o) => o !== ''))];
  const from = gaps.value('Organisation som lämnar tillbaka', organisations.join(', '));
  const lastSession = (g: Group) =>
    numbered(g.sessions)
      .filter((s) => !s.cancelled)
      .at(-1)?.date ?? g.startDate;
  const children = groups.reduce((sum, g) => sum + g.children, 0);
  return {
    title: 'Följebrev: återföring av uppgifter',
    subtitle: `Till socialtjänsten i ${district}`,
    meta: [
      ['Datum', today],
      ['Från', from],
      ['Kontaktperson', gaps.value('Kontaktperson', input.userName)],
    ],
    blocks: [
      {
        kind: 'paragraph',
        text: `Grupperna nedan är avslutade. Enligt överenskommelsen lämnar ${from} tillbaka uppgifterna om deltagandet för ${children === 1 ? 'ett barn' : `${children} barn`} som hör till socialtjänsten i ${district}. Uppgifterna finns i ett krypterat paket som följer med detta brev.`,
      },
      { kind: 'subheading', text: 'Grupper' },
      {
        kind: 'table',
        header: ['Grupp', 'Program', 'Period', 'Barn'],
        rows: groups.map((g) => [
          g.group.name,
          g.group.programmeName,
          `${g.group.startDate} – ${lastSession(g.group)}`,
          String(g.children),
        ]),
        numeric: [3],
        totalRow: false,
      },
      { kind: 'subheading', text: 'Paketet' },
      // One block per package, the checksum on one line so it can be compared character by character.
      ...(packages.length > 0
        ? packages.map((p): Block => ({
            kind: 'facts',
            rows: [
              ['Fil', p.file_name],
              ['Skapad', swedishDay(new Date(p.created_at))],
              ['Barn', String(p.enrolment_count)],
              ['Kontrollsumma (SHA-256)', p.sha256],
            ],
          }))
        : [
            {
              kind: 'paragraph',
              text: gaps.value('Återföringspaket (skapa det under Rapporter, Gallring)', ''),
            } as Block,
          ]),
      {
        kind: 'bullets',
        items: [
          'Paketet är krypterat (age). Lösenfrasen lämnas separat, per telefon eller personligen, aldrig tillsammans med filen.',
          'Jämför filens kontrollsumma med den ovan innan ni öppnar den.',
          'Paketet innehåller barnens identitet, anmälan, samtycken, närvaro och datum för eventuella orosanmälningar. Adresser och kontaktuppgifter ingår inte.',
          'När ni har bekräftat att ni tagit emot paketet raderas uppgifterna hos oss (gallring).',
        ],
      },
      {
        kind: 'signature',
        party: 'Mottagningsbekräftelse (skickas tillbaka)',
        lines: [
          ['Mottaget datum', ''],
          ['Namn', ''],
          ['Enhet', ''],
        ],
      },
      ...gaps.blocks(),
    ],
  };
}
