// An agreement read as Swedish text, section by section: what the version
// diff compares, so a caseworker sees changes in words, not in field names.
import {
  actingThroughLabel,
  bodyKindLabels,
  criterionLabels,
  describeCadence,
  describePaymentRule,
  roundingLabels,
  followUpKindLabels,
  roleLabels,
  swedishOrdinal,
} from './labels';
import { describeCommitmentKind } from './commitments/describe';
import { iopCriteria, type AgreementData, type DueRule } from './model';
import { formatMoney } from './money';
import { countOf } from '../i18n/plural';

export interface Section {
  key: string;
  title: string;
  lines: string[];
}

const sv = 'sv';

function describeDue(due: DueRule): string {
  switch (due.kind) {
    case 'yearly':
      return `varje år senast ${String(due.month).padStart(2, '0')}-${String(due.day).padStart(2, '0')}${due.followingYear ? ' året efter' : ''}`;
    case 'everyMonths':
      return `var ${swedishOrdinal(due.months)} månad från start`;
    case 'afterEnd':
      return `${countOf('sv', due.months, 'månad', 'månader')} efter slutdatum`;
    case 'once':
      return `senast ${due.date}`;
  }
}

const text = (value: string) => (value.trim() === '' ? [] : value.split('\n'));

export function agreementSections(
  data: AgreementData,
  nameOf: (organisationId: number) => string,
): Section[] {
  const org = (id: number | null) => (id === null ? 'parterna gemensamt' : nameOf(id));
  const sections: Section[] = [
    {
      key: 'general',
      title: 'Diarienummer och titel',
      lines: [`Diarienummer: ${data.registrationNumber}`, `Titel: ${data.title}`],
    },
    {
      key: 'parties',
      title: 'Parter',
      lines: data.parties.flatMap((p) => [
        `${nameOf(p.organisationId)} (${roleLabels[sv][p.role]}), genom ${actingThroughLabel(sv, p.actingThroughKind, p.role)}: ${p.actingThrough}`,
        `  Firmatecknare: ${p.signatory.name}${p.signatory.title ? `, ${p.signatory.title}` : ''}`,
        ...p.contacts.map(
          (c) => `  Kontaktperson: ${[c.name, c.title, c.phone, c.email].filter(Boolean).join(', ')}`,
        ),
      ]),
    },
    { key: 'background', title: 'Bakgrund', lines: text(data.background) },
    { key: 'purpose', title: 'Syfte', lines: text(data.purpose) },
    { key: 'goals', title: 'Mål', lines: data.goals.map((g) => `• ${g}`) },
    {
      key: 'targetGroup',
      title: 'Målgrupp',
      lines: [
        ...text(data.targetGroup.description),
        `Ålder: ${data.targetGroup.ageFrom ?? '–'}–${data.targetGroup.ageTo ?? '–'} år`,
      ],
    },
    { key: 'formAndBasis', title: 'Form och grund', lines: text(data.formAndBasis) },
    { key: 'valueBase', title: 'Värdegrund', lines: text(data.valueBase) },
    { key: 'genderEquality', title: 'Jämställdhetsperspektiv', lines: text(data.genderEquality) },
    {
      key: 'criteria',
      title: 'IOP-kriterier',
      lines: iopCriteria.map((c) => `${criterionLabels[sv][c]}: ${data.criteria[c] || '(ej motiverat)'}`),
    },
    {
      key: 'commitments',
      title: 'Åtaganden',
      lines: data.commitments.map((c) => {
        const kind = describeCommitmentKind(c);
        return `${nameOf(c.organisationId)}: ${c.text}${kind === '' ? '' : ` (${kind})`}`;
      }),
    },
    {
      key: 'governanceBodies',
      title: 'Styrning och samverkan',
      lines: data.governanceBodies.flatMap((b) => [
        `${b.name} (${bodyKindLabels[sv][b.kind]}), möts ${describeCadence(b.cadence)}, sammankallande: ${org(b.convenerOrganisationId)}`,
        ...(b.decisionRule ? [`  Beslut: ${b.decisionRule}`] : []),
        ...(b.chairRotation ? [`  Ordförande: ${b.chairRotation}`] : []),
        ...(b.minuteTakerRotation ? [`  Protokoll: ${b.minuteTakerRotation}`] : []),
        ...b.members.map(
          (m) => `  Ledamot: ${m.name}${m.title ? `, ${m.title}` : ''} (${nameOf(m.organisationId)})`,
        ),
      ]),
    },
    {
      key: 'followUps',
      title: 'Uppföljning',
      lines: data.followUps.map(
        (f) =>
          `${followUpKindLabels[sv][f.kind]}${f.description ? ` – ${f.description}` : ''}: ${describeDue(f.due)}, ansvarig ${org(f.responsibleOrganisationId)}`,
      ),
    },
    {
      key: 'economy',
      title: 'Ekonomi',
      lines: [
        ...[...data.economy.years]
          .sort((a, b) => a.year - b.year)
          .flatMap((y) => [
            `${y.year}: ${formatMoney(y.amount)}`,
            ...y.lines.map((l) => `  Budgetpost ${l.label}: ${formatMoney(l.amount)}`),
            ...y.funding.map(
              (f) =>
                `  ${nameOf(f.payerOrganisationId)} ${f.recipientOrganisationId === null ? 'egen insats' : `till ${nameOf(f.recipientOrganisationId)}`}: ${formatMoney(f.amount)}`,
            ),
          ]),
        `Utbetalning: ${describePaymentRule(data.economy.paymentRule)}`,
        `Avrundning: ${roundingLabels[data.economy.paymentRule.rounding]}`,
        ...(data.economy.paymentRule.kind === 'custom'
          ? data.economy.paymentRule.instalments.map(
              (i) =>
                `  ${i.dueDate}: ${nameOf(i.payerOrganisationId)} till ${nameOf(i.recipientOrganisationId)} ${formatMoney(i.amount)}`,
            )
          : []),
        `Ersättning per barn från annan kommun: ${data.economy.extraIncome.perChildAmount === 0 ? 'ingen' : formatMoney(data.economy.extraIncome.perChildAmount)}`,
      ],
    },
    {
      key: 'period',
      title: 'Period, förlängning och uppsägning',
      lines: [
        `Period: ${data.period.start} – ${data.period.end}${data.period.fundsCondition ? ' (under förutsättning att medel beviljas)' : ''}`,
        `Förlängning: ${data.extension.maxYears === null ? 'ingen' : `högst ${data.extension.maxYears} år, beslut senast ${data.extension.decisionMonthsBeforeEnd === null ? '– månader' : countOf('sv', data.extension.decisionMonthsBeforeEnd, 'månad', 'månader')} före slutdatum`}`,
        `Uppsägningstid: ${data.notice.months === null ? 'inte angiven' : data.notice.months === 0 ? 'ingen' : countOf('sv', data.notice.months, 'månad', 'månader')}${data.notice.writtenNoticeTo ? `, skriftligen till ${data.notice.writtenNoticeTo}` : ''}`,
      ],
    },
    ...data.clauses.map((c) => ({ key: `clause:${c.key}`, title: c.heading, lines: text(c.text) })),
    {
      key: 'appendices',
      title: 'Bilagor',
      lines: data.appendices.map(
        (a) =>
          `${a.title}${a.registrationNumber ? ` (dnr ${a.registrationNumber})` : ''}${a.organisationId !== null ? `, ${nameOf(a.organisationId)}` : ''}${a.validFrom || a.validTo ? `, gäller ${a.validFrom ?? ''}–${a.validTo ?? ''}` : ''}`,
      ),
    },
    {
      key: 'memo',
      title: 'Tjänsteutlåtande',
      lines: [
        `Handläggare: ${data.memo.caseworker}`,
        `Datum: ${data.memo.date ?? '–'}`,
        ...text(data.memo.background).map((l) => `Bakgrund: ${l}`),
        ...text(data.memo.matter).map((l) => `Ärendet: ${l}`),
        ...text(data.memo.preparation).map((l) => `Beredning: ${l}`),
        ...text(data.memo.administrationView).map((l) => `Förvaltningens synpunkter: ${l}`),
        ...data.memo.appendices.map((a) => `Bilaga: ${a}`),
      ],
    },
  ];
  return sections;
}
