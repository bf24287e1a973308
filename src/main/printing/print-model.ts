// What every printout shares: facts that may be unknown (left empty and
// flagged, never made up), the secrecy line, and Swedish names of the
// vocabulary a paper shows.
import type { Block } from '../documents/document-model';
import { missing } from '../documents/document-model';
import type { Group } from '../../shared/ipc/support-groups';

type Session = Group['sessions'][number];

/** Collects the facts a document lacks, so it can say which to fill in by hand. */
export class Gaps {
  private readonly labels: string[] = [];
  /** The value, or the "[uppgift saknas]" marker with the label remembered. */
  value(label: string, value: string | null | undefined): string {
    const text = (value ?? '').trim();
    if (text !== '') return text;
    if (!this.labels.includes(label)) this.labels.push(label);
    return missing;
  }
  /** Closes the document with the list of what is missing (nothing when complete). */
  blocks(): Block[] {
    if (this.labels.length === 0) return [];
    return [
      { kind: 'subheading', text: 'Uppgifter som saknas' },
      {
        kind: 'paragraph',
        text: `Appen har inte följande uppgifter. De är markerade ${missing} ovan och fylls i för hand innan papperet används:`,
      },
      { kind: 'bullets', items: [...this.labels] },
    ];
  }
  get count(): number {
    return this.labels.length;
  }
}

export const secrecyLine =
  'Innehåller uppgifter som omfattas av sekretess (offentlighets- och sekretesslagen). Förvaras inlåst och förstörs när det inte längre behövs.';

export const sessionKindText: Record<Session['kind'], string> = {
  session: 'Träff',
  fullDay: 'Heldag',
  followUp: 'Uppföljning',
};

export const placementText = { SoL: 'SoL (frivillig)', LVU: 'LVU', none: 'Ingen placering' } as const;

export const formatText = { weekly: 'veckovis grupp', weekend: 'stödhelg', custom: 'grupp' } as const;

/** "17:00–19:00" from a start and a length in minutes. */
export function timeSpan(start: string, minutes: number): string {
  const [h, m] = start.split(':').map(Number) as [number, number];
  const end = h * 60 + m + minutes;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${start}–${pad(Math.floor(end / 60) % 24)}:${pad(end % 60)}`;
}

/** A sessions table: "3. Träff", date, time (a cancelled one says so). */
export const sessionsTable = (sessions: ReturnType<typeof numbered>): Block => ({
  kind: 'table',
  header: ['Träff', 'Datum', 'Tid'],
  rows: sessions.map((s) => [
    `${s.number}. ${s.cancelled ? 'Inställd' : sessionKindText[s.kind]}`,
    s.date,
    timeSpan(s.startTime, s.minutes),
  ]),
  numeric: [],
  totalRow: false,
});

/** The group's sessions, numbered in date order as the group page shows them. */
export const numbered = (sessions: readonly Session[]) =>
  [...sessions]
    .sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime))
    .map((s, i) => ({ ...s, number: i + 1 }));
