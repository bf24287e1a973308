// The group's own papers: the roster (group, leaders, sessions, the children
// with age and who to call) and the attendance sheet of one session, ticked on
// paper and entered in the app afterwards.
import type { Group, Participant } from '../../shared/ipc/support-groups';
import { SectionNumbering, type Block, type DocumentModel } from '../documents/document-model';
import {
  Gaps,
  formatText,
  numbered,
  secrecyLine,
  sessionKindText,
  sessionsTable,
  timeSpan,
} from './print-model';
import { emergencyContact, withheldText, type PrintChild } from './print-people';

/** Children who hold or held a place: a cancelled enrolment is not on the group's papers. */
export const onPapers = (p: Participant) => p.status !== 'cancelled';

const protectedNote = (children: readonly PrintChild[]): Block[] => {
  const withheld = children.filter((c) => c.details === null).length;
  if (withheld === 0) return [];
  return [
    {
      kind: 'paragraph',
      text: `${withheld === 1 ? 'Ett barn har' : `${withheld} barn har`} skyddade personuppgifter. Kontaktuppgifterna skrivs inte ut här; de finns hos barnets socialtjänst.`,
    },
  ];
};

export function buildRoster(input: {
  group: Group;
  children: ReadonlyMap<number, PrintChild>;
  today: string;
}): DocumentModel {
  const { group, today } = input;
  const gaps = new Gaps();
  const sections = new SectionNumbering();
  const placed = group.participants.filter(onPapers);
  const children = placed.map((p) => input.children.get(p.childId)!);
  const sessions = numbered(group.sessions);
  return {
    title: 'Grupplista',
    subtitle: group.name,
    meta: [
      ['Program', group.programmeName],
      ['Utskriven', today],
      ['Sekretess', secrecyLine],
    ],
    blocks: [
      sections.heading('Gruppen'),
      {
        kind: 'facts',
        rows: [
          ['Grupp', group.name],
          ['Form', formatText[group.format]],
          ['Start', `${group.startDate} kl. ${group.startTime}`],
          ['Plats', gaps.value('Plats', group.location)],
          ['Ålder', `${group.ageMin}–${group.ageMax} år`],
          ['Platser', `${group.capacity.placed} av högst ${group.capacity.max}`],
        ],
      },
      sections.heading('Gruppledare'),
      group.leaders.length > 0
        ? { kind: 'bullets', items: group.leaders }
        : { kind: 'paragraph', text: gaps.value('Gruppledare', '') },
      sections.heading('Träffar'),
      sessions.length > 0 ? sessionsTable(sessions) : { kind: 'paragraph', text: gaps.value('Träffar', '') },
      sections.heading('Barn'),
      placed.length > 0
        ? {
            kind: 'table',
            header: ['Namn', 'Ålder', 'Kontakt vid nödläge', 'Telefon'],
            rows: placed.map((p, i) => {
              const contact = emergencyContact(children[i]!);
              return [
                p.childName,
                p.age === null ? gaps.value('Ålder', '') : `${p.age} år`,
                contact.who === withheldText ? withheldText : gaps.value('Kontakt vid nödläge', contact.who),
                contact.who === withheldText
                  ? ''
                  : gaps.value('Telefon till kontakt vid nödläge', contact.phone),
              ];
            }),
            numeric: [],
            totalRow: false,
          }
        : { kind: 'paragraph', text: 'Inga barn har plats i gruppen ännu.' },
      ...protectedNote(children),
      ...gaps.blocks(),
    ],
  };
}

const box = '[   ]';

export function buildAttendanceSheet(input: {
  group: Group;
  sessionId: number;
  today: string;
}): DocumentModel {
  const { group, today } = input;
  const gaps = new Gaps();
  const session = numbered(group.sessions).find((s) => s.id === input.sessionId)!;
  const placed = group.participants.filter(onPapers);
  const noteOf = (p: Participant) =>
    p.paused
      ? 'Pausad: samtycket återkallat, ingen närvaro'
      : !p.gate.ready
        ? 'Får inte delta än (se grupplistan i appen)'
        : '';
  return {
    title: 'Närvarolista',
    subtitle: `${group.name} – ${sessionKindText[session.kind].toLowerCase()} ${session.number}, ${session.date}`,
    meta: [
      ['Program', group.programmeName],
      ['Utskriven', today],
      ['Sekretess', secrecyLine],
    ],
    blocks: [
      {
        kind: 'facts',
        rows: [
          ['Datum', session.date],
          ['Tid', timeSpan(session.startTime, session.minutes)],
          ['Plats', gaps.value('Plats', group.location)],
          [
            'Gruppledare',
            group.leaders.length > 0 ? group.leaders.join(', ') : gaps.value('Gruppledare', ''),
          ],
          ...(session.cancelled
            ? ([['Obs', 'Träffen är markerad som inställd i appen.']] as [string, string][])
            : []),
        ],
      },
      {
        kind: 'paragraph',
        text: 'Kryssa i närvarande eller frånvarande för varje barn. För sedan in närvaron i IOP Desk: gruppens sida, Registrera närvaro, samma träff.',
      },
      placed.length > 0
        ? {
            kind: 'table',
            header: ['Namn', 'Närvarande', 'Frånvarande', 'Anteckning'],
            rows: placed.map((p) => [p.childName, box, box, noteOf(p)]),
            numeric: [],
            totalRow: false,
          }
        : { kind: 'paragraph', text: 'Inga barn har plats i gruppen ännu.' },
      {
        kind: 'signature',
        party: 'Ifylld av gruppledare',
        lines: [
          ['Namn', ''],
          ['Datum', ''],
          ['Införd i appen av / datum', ''],
        ],
      },
      ...gaps.blocks(),
    ],
  };
}
