// The agreement as a document: Swedish, numbered sections, the parties with
// organisation numbers and addresses, budget and financing tables, period and
// notice terms, clauses filled from the data, appendices, and one signature
// block per party.
import { extensionDecisionDate, lastNoticeDate } from '../../shared/agreements/calendar';
import { checkYear, fundingLabel, hasSeveralRecipients } from '../../shared/agreements/economy';
import {
  actingThroughLabel,
  bodyKindLabels,
  describeCadence,
  describePaymentRule,
  describeRounding,
  followUpKindLabels,
  roleLabels,
  swedishOrdinal,
} from '../../shared/agreements/labels';
import type { AgreementData, DueRule, Signature } from '../../shared/agreements/model';
import { formatMoney, sumOre } from '../../shared/agreements/money';
import { printedClauses } from '../../shared/agreements/clause-checks';
import { fillPlaceholders } from '../../shared/agreements/placeholders';
import type { PartyOrganisation } from '../../shared/ipc/agreements';
import { paragraphs, SectionNumbering, type Block, type DocumentModel } from './document-model';
import { countOf } from '../../shared/i18n/plural';

export interface AgreementDocumentInput {
  data: AgreementData;
  organisations: ReadonlyMap<number, PartyOrganisation>;
  signatures: readonly Signature[];
  /** The amendments the data includes, when it is a consolidated version. */
  consolidation?: Consolidation | null;
}

/** What a consolidated version says about itself (see consolidated-agreement.ts). */
export interface Consolidation {
  /** Shown on the first page: "Konsoliderad version med tilläggsavtal t.o.m. nr N, gällande <date>". */
  label: string;
  amendments: {
    number: number;
    registrationNumber: string;
    effectiveFrom: string;
    reason: string;
    /** Titles of the sections it changed. */
    changed: string[];
  }[];
  /** The amendment that set the end in force, when it was extended. */
  extendedBy: number | null;
  /** The latest end the extension terms allow (null: none). */
  latestExtendedEnd: string | null;
  /** The first agreed end. */
  originalEnd: string;
}

const sv = 'sv';

export function describeDue(due: DueRule): string {
  switch (due.kind) {
    case 'yearly':
      return `varje år senast ${String(due.day)}/${String(due.month)}${due.followingYear ? ' året efter det år som redovisas' : ''}`;
    case 'everyMonths':
      return due.months === 6
        ? 'två gånger per tolvmånadersperiod'
        : `var ${swedishOrdinal(due.months)} månad`;
    case 'afterEnd':
      return due.months === 0
        ? 'när partnerskapet har upphört'
        : `senast ${countOf('sv', due.months, 'månad', 'månader')} efter att partnerskapet har upphört`;
    case 'once':
      return `senast ${due.date}`;
  }
}

export function addressOf(org: PartyOrganisation): string {
  return [org.address.street, [org.address.postalCode, org.address.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
}

export function buildAgreementDocument(input: AgreementDocumentInput): DocumentModel {
  const { data, organisations } = input;
  const nameOf = (id: number) => organisations.get(id)?.name ?? '';
  const c = input.consolidation;
  const extensionTerms = c ? { originalEnd: c.originalEnd, latestEnd: c.latestExtendedEnd } : undefined;
  const fill = (text: string) =>
    fillPlaceholders(text, { data, nameOf, ...(extensionTerms ? { extension: extensionTerms } : {}) });
  const s = new SectionNumbering();
  const blocks: Block[] = [];

  blocks.push(s.heading('Parter'));
  for (const party of data.parties) {
    const org = organisations.get(party.organisationId);
    blocks.push({
      kind: 'subheading',
      text: `${nameOf(party.organisationId)} (${roleLabels[sv][party.role]})`,
    });
    blocks.push({
      kind: 'facts',
      rows: [
        ['Organisationsnummer', org?.orgNumber ?? ''],
        ['Adress', org ? addressOf(org) : ''],
        [
          `Företräds genom (${actingThroughLabel(sv, party.actingThroughKind, party.role)})`,
          party.actingThrough,
        ],
        ...party.contacts.map((c): [string, string] => [
          'Kontaktperson',
          [c.name, c.title, c.phone, c.email].filter((v) => v !== '').join(', '),
        ]),
      ],
    });
  }

  blocks.push(s.heading('Bakgrund'), ...paragraphs(data.background));
  blocks.push(s.heading('Syfte och mål'), ...paragraphs(data.purpose));
  if (data.goals.length > 0) blocks.push({ kind: 'bullets', items: data.goals });
  const ages = fill('{{målgrupp_ålder}}');
  blocks.push(s.heading('Målgrupp'), ...paragraphs(data.targetGroup.description));
  if (ages) blocks.push({ kind: 'paragraph', text: `Ålder: ${ages}.` });
  if (data.formAndBasis.trim()) blocks.push(s.heading('Form och grund'), ...paragraphs(data.formAndBasis));
  if (data.valueBase.trim()) blocks.push(s.heading('Värdegrund'), ...paragraphs(data.valueBase));
  if (data.genderEquality.trim())
    blocks.push(s.heading('Jämställdhetsperspektiv'), ...paragraphs(data.genderEquality));

  blocks.push(s.heading('Parternas åtaganden'));
  for (const party of data.parties) {
    const items = data.commitments
      .filter((c) => c.organisationId === party.organisationId)
      .map((c) => c.text);
    if (items.length === 0) continue;
    blocks.push({ kind: 'subheading', text: nameOf(party.organisationId) }, { kind: 'bullets', items });
  }

  if (data.governanceBodies.length > 0) {
    blocks.push(s.heading('Styrning och samverkan'));
    for (const body of data.governanceBodies) {
      const kind = bodyKindLabels[sv][body.kind];
      blocks.push({
        kind: 'subheading',
        text: body.name.toLowerCase() === kind ? body.name : `${body.name} (${kind})`,
      });
      blocks.push({
        kind: 'facts',
        rows: [
          ['Möten', describeCadence(body.cadence)],
          ...(body.convenerOrganisationId !== null
            ? ([['Sammankallande', nameOf(body.convenerOrganisationId)]] as [string, string][])
            : []),
          ...(body.decisionRule ? ([['Beslut', body.decisionRule]] as [string, string][]) : []),
          ...(body.chairRotation ? ([['Ordförande', body.chairRotation]] as [string, string][]) : []),
          ...(body.minuteTakerRotation
            ? ([['Protokoll', body.minuteTakerRotation]] as [string, string][])
            : []),
          ...body.members.map((m): [string, string] => [
            'Ledamot',
            `${m.name}${m.title ? `, ${m.title}` : ''} (${nameOf(m.organisationId)})`,
          ]),
        ],
      });
    }
  }

  if (data.followUps.length > 0) {
    blocks.push(s.heading('Uppföljning'));
    blocks.push({
      kind: 'table',
      header: ['Vad', 'När', 'Ansvarig'],
      rows: data.followUps.map((f) => [
        `${followUpKindLabels[sv][f.kind]}${f.description ? ` (${f.description})` : ''}`,
        describeDue(f.due),
        f.responsibleOrganisationId === null ? 'Parterna gemensamt' : nameOf(f.responsibleOrganisationId),
      ]),
      numeric: [],
      totalRow: false,
    });
  }

  blocks.push(s.heading('Ekonomi'));
  blocks.push(...economyBlocks(data, nameOf));

  blocks.push(s.heading('Period, förlängning och uppsägning'));
  const periodRows: [string, string][] = [
    ['Period', `${data.period.start} – ${data.period.end}`],
    ...(data.period.fundsCondition
      ? ([['Villkor', 'Under förutsättning att medel beviljas']] as [string, string][])
      : []),
  ];
  const extension = extensionDecisionDate(data);
  const extendedBy = input.consolidation?.extendedBy ?? null;
  if (extendedBy !== null) {
    // Only the end in force is printed: the earlier end is in the amendment, not beside this one.
    const latest = input.consolidation?.latestExtendedEnd ?? null;
    const further = latest !== null && data.period.end < latest;
    periodRows.push([
      'Förlängning',
      `Förlängd genom tilläggsavtal nr ${extendedBy}${further ? `; kan förlängas till senast ${latest}` : '; ingen ytterligare förlängning enligt överenskommelsen'}`,
    ]);
    if (further && extension)
      periodRows.push([
        'Beslut om förlängning senast',
        `${extension} (${countOf('sv', data.extension.decisionMonthsBeforeEnd ?? 0, 'månad', 'månader')} före slutdatum)`,
      ]);
  } else if (data.extension.maxYears !== null) {
    periodRows.push(['Förlängning', `Högst ${data.extension.maxYears} år`]);
    if (extension)
      periodRows.push([
        'Beslut om förlängning senast',
        `${extension} (${countOf('sv', data.extension.decisionMonthsBeforeEnd ?? 0, 'månad', 'månader')} före slutdatum)`,
      ]);
  } else periodRows.push(['Förlängning', 'Ingen förlängning avtalad']);
  const noticeTo = data.notice.writtenNoticeTo
    ? ` efter skriftlig uppsägning till ${data.notice.writtenNoticeTo}`
    : '';
  if (data.notice.months === 0) {
    periodRows.push([
      'Uppsägningstid',
      `Ingen. Vid uppsägning upphör överenskommelsen när de insatser som redan har påbörjats är genomförda${data.notice.writtenNoticeTo ? `. Uppsägningen lämnas skriftligen till ${data.notice.writtenNoticeTo}` : ''}`,
    ]);
  } else if (data.notice.months !== null) {
    periodRows.push([
      'Uppsägningstid',
      `${data.notice.months} ${data.notice.months === 1 ? 'månad' : 'månader'}${noticeTo}`,
    ]);
    const last = lastNoticeDate(data);
    if (last) periodRows.push(['Sista dag att säga upp före slutdatum', last]);
  } else
    periodRows.push([
      'Uppsägning',
      'Ingen uppsägningstid är angiven; överenskommelsen upphör vid periodens slut',
    ]);
  blocks.push({ kind: 'facts', rows: periodRows });

  const clauses = printedClauses(data);
  for (const clause of clauses) {
    blocks.push(s.heading(clause.heading), ...paragraphs(fill(clause.text)));
  }

  blocks.push(s.heading('Bilagor'));
  if (data.appendices.length === 0)
    blocks.push({ kind: 'paragraph', text: 'Överenskommelsen har inga bilagor.' });
  else {
    blocks.push({
      kind: 'table',
      header: ['Bilaga', 'Diarienummer', 'Part', 'Gäller'],
      rows: data.appendices.map((a) => [
        a.title,
        a.registrationNumber || '–',
        a.organisationId !== null ? nameOf(a.organisationId) : '–',
        a.validFrom || a.validTo ? `${a.validFrom ?? ''} – ${a.validTo ?? ''}` : '–',
      ]),
      numeric: [],
      totalRow: false,
    });
  }

  const included = input.consolidation?.amendments ?? [];
  if (included.length > 0) {
    blocks.push(s.heading('Tilläggsavtal som ingår'));
    for (const a of included) {
      blocks.push({
        kind: 'subheading',
        text: `Tilläggsavtal nr ${a.number}${a.registrationNumber ? ` (dnr ${a.registrationNumber})` : ''}, gäller från ${a.effectiveFrom}`,
      });
      if (a.reason.trim()) blocks.push(...paragraphs(a.reason));
      if (a.changed.length > 0) blocks.push({ kind: 'paragraph', text: `Ändrar: ${a.changed.join(', ')}.` });
    }
  }

  blocks.push(s.heading('Underskrifter'));
  // Said once: here only when no clause already says it (the templates' "Undertecknande" does).
  if (!clauses.some((c) => /likalydande\s+exemplar/i.test(c.text)))
    blocks.push({
      kind: 'paragraph',
      text: fill(`Överenskommelsen upprättas i {{antal_exemplar}} likalydande exemplar, ett för varje part.`),
    });
  for (const party of data.parties) {
    const signed = input.signatures.find((sig) => sig.organisationId === party.organisationId);
    blocks.push({
      kind: 'signature',
      party: nameOf(party.organisationId),
      lines: [
        ['Ort och datum', signed ? `${signed.place} ${signed.date}` : ''],
        ['Underskrift', ''],
        ['Namnförtydligande', signed?.name ?? party.signatory.name],
        ['Titel', signed?.title || party.signatory.title],
      ],
    });
  }

  return {
    title: 'Överenskommelse om idéburet offentligt partnerskap',
    subtitle: data.title,
    meta: [
      ['Diarienummer', data.registrationNumber],
      ['Parter', data.parties.map((p) => nameOf(p.organisationId)).join(', ')],
      ...(input.consolidation ? ([['Version', input.consolidation.label]] as [string, string][]) : []),
    ],
    blocks,
  };
}

/** The budget table (budget lines per year) and the financing split (who pays what per year). */
export function economyBlocks(data: AgreementData, nameOf: (id: number) => string): Block[] {
  const years = [...data.economy.years].sort((a, b) => a.year - b.year);
  if (years.length === 0) return [{ kind: 'paragraph', text: 'Ingen budget är angiven.' }];
  const out: Block[] = [];
  const header = ['', ...years.map((y) => String(y.year))];
  const numeric = years.map((_, i) => i + 1);
  const labels = [...new Set(years.flatMap((y) => y.lines.map((l) => l.label)))];
  out.push({ kind: 'subheading', text: 'Budget' });
  out.push({
    kind: 'table',
    header: ['Budgetpost', ...header.slice(1)],
    rows: [
      ...labels.map((label) => [
        label,
        ...years.map((y) =>
          formatMoney(sumOre(y.lines.filter((l) => l.label === label).map((l) => l.amount))),
        ),
      ]),
      ['Summa', ...years.map((y) => formatMoney(y.amount))],
    ],
    numeric,
    totalRow: true,
  });

  const several = hasSeveralRecipients(data.economy);
  const payers: { key: string; label: string; amount: (year: (typeof years)[number]) => number }[] = [];
  for (const y of years) {
    for (const f of y.funding) {
      const key = `${f.payerOrganisationId}:${f.recipientOrganisationId ?? 'own'}`;
      if (payers.some((p) => p.key === key)) continue;
      payers.push({
        key,
        label: fundingLabel(f, nameOf, several),
        amount: (year) =>
          sumOre(
            year.funding
              .filter(
                (g) =>
                  g.payerOrganisationId === f.payerOrganisationId &&
                  g.recipientOrganisationId === f.recipientOrganisationId,
              )
              .map((g) => g.amount),
          ),
      });
    }
  }
  if (payers.length > 0) {
    out.push({ kind: 'subheading', text: 'Finansiering' });
    out.push({
      kind: 'table',
      header: ['Part', ...header.slice(1)],
      rows: [
        ...payers.map((p) => [p.label, ...years.map((y) => formatMoney(p.amount(y)))]),
        ['Summa', ...years.map((y) => formatMoney(checkYear(y).fundingTotal))],
      ],
      numeric,
      totalRow: true,
    });
  }
  const fee = data.economy.extraIncome.perChildAmount;
  out.push({
    kind: 'paragraph',
    text: [
      `Utbetalning sker ${describePaymentRule(data.economy.paymentRule)}.`,
      describeRounding(data.economy.paymentRule),
      fee > 0 ? `Ersättning per barn från annan kommun: ${formatMoney(fee)}.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  });
  if (data.economy.paymentRule.kind === 'custom') {
    out.push({
      kind: 'table',
      header: ['Förfallodag', 'Betalare', 'Mottagare', 'Belopp'],
      rows: data.economy.paymentRule.instalments.map((i) => [
        i.dueDate,
        nameOf(i.payerOrganisationId),
        nameOf(i.recipientOrganisationId),
        formatMoney(i.amount),
      ]),
      numeric: [3],
      totalRow: false,
    });
  }
  return out;
}
