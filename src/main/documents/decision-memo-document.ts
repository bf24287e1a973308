// The decision memo (tjänsteutlåtande) that asks the board to approve the
// partnership: caseworker, date, proposal, background, the matter, how it was
// prepared, the administration's view, appendices.
import { extensionDecisionDate } from '../../shared/agreements/calendar';
import { joinSwedish, yearlyAmount } from '../../shared/agreements/economy';
import { criterionLabels } from '../../shared/agreements/labels';
import { iopCriteria, type AgreementData, type Decision } from '../../shared/agreements/model';
import { formatMoney } from '../../shared/agreements/money';
import { fillPlaceholders } from '../../shared/agreements/placeholders';
import { standardProposal } from '../../shared/agreements/templates';
import type { PartyOrganisation } from '../../shared/ipc/agreements';
import { economyBlocks } from './agreement-document';
import { paragraphs, SectionNumbering, type Block, type DocumentModel } from './document-model';
import { countOf } from '../../shared/i18n/plural';

export interface DecisionMemoInput {
  data: AgreementData;
  organisations: ReadonlyMap<number, PartyOrganisation>;
  decision: Decision | null;
  /** The day the memo is printed, used when the memo has no date of its own. */
  today: string;
}

export function buildDecisionMemo(input: DecisionMemoInput): DocumentModel {
  const { data, organisations } = input;
  const nameOf = (id: number) => organisations.get(id)?.name ?? '';
  const nonprofits = joinSwedish(
    data.parties.filter((p) => p.role === 'nonprofit').map((p) => nameOf(p.organisationId)),
  );
  const board =
    data.parties.find((p) => p.role === 'public' && p.actingThroughKind === 'board')?.actingThrough ??
    'Nämnden';
  const s = new SectionNumbering();
  const blocks: Block[] = [];

  blocks.push(s.heading('Förslag till beslut'));
  const proposal = input.decision?.proposal.trim() || standardProposal(nonprofits);
  blocks.push(...paragraphs(proposal));

  blocks.push(s.heading('Bakgrund'), ...paragraphs(data.memo.background || data.background));

  blocks.push(s.heading('Ärendet'), ...paragraphs(data.memo.matter));
  blocks.push({ kind: 'paragraph', text: `Syftet med partnerskapet: ${data.purpose}` });
  const decisionDate = extensionDecisionDate(data);
  blocks.push({
    kind: 'facts',
    rows: [
      ['Parter', joinSwedish(data.parties.map((p) => nameOf(p.organisationId)))],
      [
        'Period',
        `${data.period.start} – ${data.period.end}${data.period.fundsCondition ? ' (under förutsättning att medel beviljas)' : ''}`,
      ],
      ['Belopp per helt år', formatMoney(yearlyAmount(data.economy))],
      ...(decisionDate ? ([['Beslut om förlängning senast', decisionDate]] as [string, string][]) : []),
      ...(data.notice.months !== null
        ? ([
            [
              'Uppsägningstid',
              data.notice.months === 0
                ? 'Ingen uppsägningstid'
                : countOf('sv', data.notice.months, 'månad', 'månader'),
            ],
          ] as [string, string][])
        : []),
    ],
  });
  blocks.push({ kind: 'subheading', text: 'Ekonomi' }, ...economyBlocks(data, nameOf));
  blocks.push({ kind: 'subheading', text: 'Bedömning mot kriterierna för IOP' });
  blocks.push({
    kind: 'table',
    header: ['Kriterium', 'Motivering'],
    rows: iopCriteria.map((c) => [criterionLabels.sv[c], data.criteria[c].trim() || 'Inte motiverat ännu']),
    numeric: [],
    totalRow: false,
  });

  blocks.push(s.heading('Beredning'), ...paragraphs(data.memo.preparation));
  blocks.push(s.heading('Förvaltningens synpunkter'));
  blocks.push(
    ...(data.memo.administrationView.trim()
      ? paragraphs(fillPlaceholders(data.memo.administrationView, { data, nameOf }))
      : [{ kind: 'paragraph' as const, text: '–' }]),
  );

  blocks.push(s.heading('Bilagor'));
  const appendices = [...data.memo.appendices, ...data.appendices.map((a) => a.title)];
  blocks.push(
    appendices.length > 0
      ? { kind: 'bullets', items: [...new Set(appendices)] }
      : { kind: 'paragraph', text: 'Inga bilagor.' },
  );

  return {
    title: 'Tjänsteutlåtande',
    subtitle: `Idéburet offentligt partnerskap med ${nonprofits}`,
    meta: [
      ['Till', board],
      ['Diarienummer', data.registrationNumber],
      ['Datum', data.memo.date ?? input.today],
      ['Handläggare', data.memo.caseworker || '–'],
    ],
    blocks,
  };
}
