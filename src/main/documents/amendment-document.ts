// An amendment (tilläggsavtal) as a document: Swedish, refers to the main
// agreement by its dnr, title and parties, gives its own dnr, the reason, the
// date it takes effect, what changes section by section (earlier wording and
// new wording, in words, changed sections only, no contact persons), who
// decides and the decision if taken, and one signature block per party it
// concerns. A fact the app does not have is left empty and marked, never
// made up.
import type { Amendment, AmendmentDecider } from '../../shared/agreements/amendments/model';
import { diffAgreements, diffLines, type SectionDiff } from '../../shared/agreements/diff';
import { joinSwedish } from '../../shared/agreements/economy';
import { roleLabels } from '../../shared/agreements/labels';
import type { AgreementData } from '../../shared/agreements/model';
import { fillPlaceholders } from '../../shared/agreements/placeholders';
import type { PartyOrganisation } from '../../shared/ipc/agreements';
import { addressOf } from './agreement-document';
import { missing, paragraphs, SectionNumbering, type Block, type DocumentModel } from './document-model';

export interface AmendmentDocumentInput {
  amendment: Amendment;
  /** The agreement as it read before the amendment, and as it reads with it. */
  before: AgreementData;
  after: AgreementData;
  organisations: ReadonlyMap<number, PartyOrganisation>;
}

const statusLabels: Record<Amendment['status'], string> = {
  draft: 'Utkast – inte beslutat',
  decided: 'Beslutat, inte undertecknat av alla berörda parter',
  signed: 'Undertecknat, ännu inte gällande',
  inForce: 'Gällande',
};

const defaultTitle = 'Överenskommelse om idéburet offentligt partnerskap';

/** Contact persons and governance members are day-to-day records, not terms: they are left out. */
const termsOnly = (data: AgreementData): AgreementData => ({
  ...data,
  parties: data.parties.map((p) => ({ ...p, contacts: [] })),
  governanceBodies: data.governanceBodies.map((b) => ({ ...b, members: [] })),
});

/** The sections an amendment changes, in words (contacts and members left out). */
export function changedSectionsInWords(
  before: AgreementData,
  after: AgreementData,
  nameOf: (id: number) => string,
): SectionDiff[] {
  return diffAgreements(termsOnly(before), termsOnly(after), nameOf).filter((d) => d.status !== 'unchanged');
}

/**
 * A section's lines as entries: a line and the indented lines under it (a
 * year with its budget lines, a party with its signatory) read as one.
 */
function entries(lines: readonly string[]): string[] {
  const out: string[][] = [];
  for (const line of lines) {
    const text = line.trim().replace(/^•\s*/, '');
    if (text === '') continue;
    if (/^\s/.test(line) && out.length > 0) out.at(-1)!.push(text);
    else out.push([text]);
  }
  return out.map((e) => e.join('; '));
}

/** One changed section: its earlier and new wording, the entries that change only. */
function changeBlocks(diff: SectionDiff): Block[] {
  const before = entries(diff.lines.filter((l) => l.op !== 'added').map((l) => l.text));
  const after = entries(diff.lines.filter((l) => l.op !== 'removed').map((l) => l.text));
  const changed = diffLines(before, after);
  const was = changed.filter((l) => l.op === 'removed').map((l) => l.text);
  const becomes = changed.filter((l) => l.op === 'added').map((l) => l.text);
  const blocks: Block[] = [{ kind: 'subheading', text: diff.title }];
  if (diff.status === 'added') blocks.push({ kind: 'paragraph', text: 'Nytt avsnitt med följande lydelse:' });
  else if (diff.status === 'removed')
    blocks.push({ kind: 'paragraph', text: 'Avsnittet utgår. Tidigare lydelse:' });
  else if (was.length === 0) blocks.push({ kind: 'paragraph', text: 'Tillägg:' });
  else if (becomes.length === 0) blocks.push({ kind: 'paragraph', text: 'Utgår:' });
  else
    blocks.push(
      { kind: 'paragraph', text: 'Tidigare lydelse:' },
      { kind: 'bullets', items: was },
      { kind: 'paragraph', text: 'Ny lydelse:' },
    );
  const last = diff.status === 'removed' || becomes.length === 0 ? was : becomes;
  blocks.push(last.length > 0 ? { kind: 'bullets', items: last } : { kind: 'paragraph', text: '–' });
  return blocks;
}

/** Who decides: the board(s) of the public parties, or the head of administration under delegation. */
export function describeDecider(decider: AmendmentDecider, data: AgreementData): string {
  const boards = data.parties
    .filter((p) => p.role === 'public' && p.actingThroughKind === 'board' && p.actingThrough.trim() !== '')
    .map((p) => p.actingThrough.trim());
  const board = boards.length > 0 ? joinSwedish(boards) : `nämnden (${missing})`;
  return decider === 'board' ? board : `Förvaltningschef enligt delegation från ${board}`;
}

export function buildAmendmentDocument(input: AmendmentDocumentInput): DocumentModel {
  const { amendment, before, after, organisations } = input;
  const nameOf = (id: number) => organisations.get(id)?.name || `organisation ${id} (${missing})`;
  const dnr = before.registrationNumber.trim() || missing;
  const title = before.title.trim() || defaultTitle;
  const s = new SectionNumbering();
  const blocks: Block[] = [];

  blocks.push(s.heading('Överenskommelsen som ändras'));
  blocks.push({
    kind: 'paragraph',
    text: `Detta tilläggsavtal ändrar överenskommelsen ”${title}” med diarienummer ${dnr} mellan ${joinSwedish(before.parties.map((p) => nameOf(p.organisationId)))}.`,
  });
  blocks.push({
    kind: 'facts',
    rows: [
      ['Överenskommelse', title],
      ['Diarienummer', dnr],
      ['Period före tilläggsavtalet', `${before.period.start} – ${before.period.end}`],
      [
        'Parter',
        joinSwedish(before.parties.map((p) => `${nameOf(p.organisationId)} (${roleLabels.sv[p.role]})`)),
      ],
    ],
  });

  blocks.push(s.heading('Parter som berörs'));
  const concerned = concernedParties(amendment, before, after);
  for (const party of concerned) {
    const org = organisations.get(party.organisationId);
    blocks.push({
      kind: 'subheading',
      text: `${nameOf(party.organisationId)} (${roleLabels.sv[party.role]})`,
    });
    blocks.push({
      kind: 'facts',
      rows: [
        ['Organisationsnummer', org?.orgNumber || missing],
        ['Adress', (org && addressOf(org)) || missing],
      ],
    });
  }
  const joining = after.parties.filter(
    (p) => !before.parties.some((b) => b.organisationId === p.organisationId),
  );
  for (const party of joining) {
    const accepted = amendment.acceptedTerms.includes(party.organisationId);
    blocks.push({
      kind: 'paragraph',
      text: `${nameOf(party.organisationId)} ansluter till partnerskapet genom detta tilläggsavtal${accepted ? ' och godtar samtliga villkor i överenskommelsen.' : `. Godkännande av överenskommelsens villkor: ${missing}.`}`,
    });
  }
  for (const party of before.parties.filter(
    (p) => !after.parties.some((a) => a.organisationId === p.organisationId),
  ))
    blocks.push({
      kind: 'paragraph',
      text: `${nameOf(party.organisationId)} lämnar partnerskapet från och med ${amendment.effectiveFrom}.`,
    });

  blocks.push(s.heading('Skäl till ändringen'));
  blocks.push(
    ...(amendment.reason.trim()
      ? paragraphs(amendment.reason)
      : [{ kind: 'paragraph' as const, text: missing }]),
  );

  blocks.push(s.heading('Ikraftträdande'));
  blocks.push({
    kind: 'paragraph',
    text: `Tilläggsavtalet gäller från och med ${amendment.effectiveFrom || missing}. I övrigt gäller överenskommelsen oförändrad.`,
  });

  blocks.push(s.heading('Ändringar'));
  const diffs = changedSectionsInWords(before, after, nameOf);
  if (diffs.length === 0)
    blocks.push({
      kind: 'paragraph',
      text:
        amendment.recordedSignedBy !== null
          ? 'Ändringen är överförd från en tidigare anteckning i fritext och beskrivs under skäl till ändringen.'
          : 'Tilläggsavtalet ändrar inga villkor.',
    });
  else {
    blocks.push({ kind: 'paragraph', text: 'Överenskommelsen ändras enligt följande, avsnitt för avsnitt.' });
    for (const diff of diffs) blocks.push(...changeBlocks(diff));
  }

  blocks.push(s.heading('Beslut'));
  const decision = amendment.decision;
  blocks.push({
    kind: 'facts',
    rows: [
      ['Beslutas av', describeDecider(amendment.decider, before)],
      [
        'Beslut',
        decision
          ? [decision.body, decision.date, decision.paragraph].filter((v) => v.trim() !== '').join(', ')
          : `${missing} (inte fattat ännu)`,
      ],
    ],
  });

  blocks.push(s.heading('Underskrifter'));
  const copies = fillPlaceholders('{{antal_exemplar}}', { data: { ...after, parties: concerned }, nameOf });
  blocks.push({
    kind: 'paragraph',
    text: `Tilläggsavtalet upprättas i ${copies} likalydande exemplar, ett för varje berörd part.`,
  });
  if (amendment.recordedSignedBy !== null)
    blocks.push({
      kind: 'paragraph',
      text: `Undertecknat enligt tidigare anteckning: ${amendment.recordedSignedBy}`,
    });
  for (const party of concerned) {
    const signed = amendment.signatures.find((sig) => sig.organisationId === party.organisationId);
    blocks.push({
      kind: 'signature',
      party: nameOf(party.organisationId),
      lines: [
        ['Ort', signed?.place ?? ''],
        ['Datum', signed?.date ?? ''],
        ['Underskrift', ''],
        ['Namnförtydligande', signed?.name ?? party.signatory.name],
        ['Titel', signed?.title || party.signatory.title],
      ],
    });
  }

  return {
    title: `Tilläggsavtal nr ${amendment.number} till överenskommelse ${dnr}`,
    subtitle: title,
    meta: [
      ['Tilläggsavtalets diarienummer', amendment.registrationNumber.trim() || missing],
      ['Överenskommelsens diarienummer', dnr],
      ['Gäller från', amendment.effectiveFrom || missing],
      ['Status', statusLabels[amendment.status]],
    ],
    blocks,
  };
}

/** The parties it concerns, in the agreement's order (those joining from the new terms, those leaving from the old). */
function concernedParties(amendment: Amendment, before: AgreementData, after: AgreementData) {
  const all = [
    ...after.parties,
    ...before.parties.filter((p) => !after.parties.some((a) => a.organisationId === p.organisationId)),
  ];
  return all.filter((p) => amendment.concerned.includes(p.organisationId));
}
