// Clause texts keep placeholders such as `{{årsbelopp}}`; they are filled
// from the agreement's structured data whenever the text is shown or printed,
// so a changed amount or date never leaves a stale sentence behind.
import { extensionDecisionDate, lastNoticeDate } from './calendar';
import { describeFunding, joinSwedish, totalAmount, yearlyAmount } from './economy';
import { describePaymentRule } from './labels';
import type { AgreementData, NoticeTerms } from './model';
import { formatMoney } from './money';
import { placeholderPattern, placeholdersIn } from './placeholder-syntax';

export interface PlaceholderContext {
  data: AgreementData;
  /** Organisation name from the register. */
  nameOf(organisationId: number): string;
  /**
   * For an agreement extended by amendment: its first agreed end and the latest
   * end its terms allow. Once extended as far as they allow, the extension
   * decision date is the one that applied to the first end.
   */
  extension?: { originalEnd: string; latestEnd: string | null };
}

interface PlaceholderDef {
  description: string;
  value(ctx: PlaceholderContext): string;
}

const numberWords = [
  'noll',
  'ett',
  'två',
  'tre',
  'fyra',
  'fem',
  'sex',
  'sju',
  'åtta',
  'nio',
  'tio',
  'elva',
  'tolv',
];
const countWord = (n: number) => numberWords[n] ?? String(n);
const partyNames = (ctx: PlaceholderContext, role?: 'public' | 'nonprofit') =>
  joinSwedish(
    ctx.data.parties.filter((p) => !role || p.role === role).map((p) => ctx.nameOf(p.organisationId)),
  );
const orDash = (text: string | null) => text ?? '–';

/** The day the EU data protection regulation (dataskyddsförordningen) began to apply in Sweden. */
export const gdprAppliesFrom = '2018-05-25';

/**
 * The notice terms as a phrase after "säga upp överenskommelsen": "med 4
 * månaders uppsägningstid", "utan uppsägningstid" (0), or a dash for the
 * months while they are not known.
 */
export function noticePhrase(notice: Pick<NoticeTerms, 'months'>): string {
  if (notice.months === 0) return 'utan uppsägningstid';
  if (notice.months === 1) return 'med en månads uppsägningstid';
  return `med ${orDash(notice.months?.toString() ?? null)} månaders uppsägningstid`;
}

export const placeholders: Record<string, PlaceholderDef> = {
  diarienummer: { description: 'Överenskommelsens diarienummer', value: (c) => c.data.registrationNumber },
  titel: { description: 'Överenskommelsens titel', value: (c) => c.data.title },
  parter: { description: 'Alla parters namn', value: (c) => partyNames(c) },
  offentliga_parter: { description: 'De offentliga parternas namn', value: (c) => partyNames(c, 'public') },
  idéburna_parter: { description: 'De idéburna parternas namn', value: (c) => partyNames(c, 'nonprofit') },
  antal_exemplar: {
    description: 'Antal exemplar (ett per part), i ord',
    value: (c) => countWord(c.data.parties.length),
  },
  startdatum: { description: 'Periodens första dag', value: (c) => c.data.period.start },
  slutdatum: { description: 'Periodens sista dag', value: (c) => c.data.period.end },
  årsbelopp: {
    description: 'Belopp för ett helt år',
    value: (c) => formatMoney(yearlyAmount(c.data.economy)),
  },
  totalbelopp: {
    description: 'Summa för hela perioden',
    value: (c) => formatMoney(totalAmount(c.data.economy)),
  },
  finansiering: {
    description: 'Hur ett helt års belopp fördelas mellan parterna',
    value: (c) => {
      const full = yearlyAmount(c.data.economy);
      return describeFunding(
        c.data.economy.years.find((y) => y.amount === full),
        c.nameOf,
      );
    },
  },
  betalningsvillkor: {
    description: 'Hur pengarna betalas ut',
    value: (c) => describePaymentRule(c.data.economy.paymentRule),
  },
  ersättning_per_barn: {
    description: 'Ersättning per barn från annan kommun',
    value: (c) => formatMoney(c.data.economy.extraIncome.perChildAmount),
  },
  uppsägningstid: {
    description: 'Uppsägningstid i månader',
    value: (c) => orDash(c.data.notice.months?.toString() ?? null),
  },
  uppsägningsvillkor: {
    description: 'Uppsägningstiden som fras: ”med 4 månaders uppsägningstid” eller ”utan uppsägningstid”',
    value: (c) => noticePhrase(c.data.notice),
  },
  uppsägning_till: {
    description: 'Vem en skriftlig uppsägning lämnas till',
    value: (c) => c.data.notice.writtenNoticeTo || 'övriga parter',
  },
  sista_uppsägningsdag: {
    description: 'Sista dag att säga upp före slutdatum',
    value: (c) => orDash(lastNoticeDate(c.data)),
  },
  förlängning_år: {
    description: 'Längsta förlängning i år',
    value: (c) => orDash(c.data.extension.maxYears?.toString() ?? null),
  },
  förlängningsbeslut_månader: {
    description: 'Hur många månader före slutdatum förlängning ska beslutas',
    value: (c) => orDash(c.data.extension.decisionMonthsBeforeEnd?.toString() ?? null),
  },
  förlängningsbeslut_datum: {
    description: 'Sista dag för beslut om förlängning',
    value: (c) => {
      const used =
        c.extension && c.extension.latestEnd !== null && c.data.period.end >= c.extension.latestEnd;
      const period = used && c.extension ? { ...c.data.period, end: c.extension.originalEnd } : c.data.period;
      return orDash(extensionDecisionDate({ ...c.data, period }));
    },
  },
  dataskyddsregler: {
    description:
      'Lagarna om personuppgifter som gäller under perioden (dataskyddsförordningen från 25 maj 2018)',
    value: (c) => {
      const { start, end } = c.data.period;
      if (start >= gdprAppliesFrom) return 'offentlighets- och sekretesslagen och dataskyddsförordningen';
      if (end < gdprAppliesFrom) return 'offentlighets- och sekretesslagen och personuppgiftslagen';
      return 'offentlighets- och sekretesslagen och personuppgiftslagen och, från den 25 maj 2018, dataskyddsförordningen';
    },
  },
  målgrupp_ålder: {
    description: 'Målgruppens ålder',
    value: (c) => {
      const { ageFrom, ageTo } = c.data.targetGroup;
      if (ageFrom === null && ageTo === null) return '';
      if (ageFrom !== null && ageTo !== null) return `${ageFrom}–${ageTo} år`;
      return ageFrom !== null ? `från ${ageFrom} år` : `upp till ${ageTo} år`;
    },
  },
};

/** Names used in the text that are not known placeholders. */
export function unknownPlaceholders(text: string): string[] {
  return placeholdersIn(text).filter((name) => !Object.hasOwn(placeholders, name));
}

export function fillPlaceholders(text: string, ctx: PlaceholderContext): string {
  return text.replace(placeholderPattern, (whole, name: string) =>
    Object.hasOwn(placeholders, name) ? placeholders[name]!.value(ctx) : whole,
  );
}
