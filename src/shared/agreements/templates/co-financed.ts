// Template 2: a region, a municipality and a non-profit share the cost of a
// programme (the Malmö–Region Skåne–Röda Korset pattern of DOMAIN.md):
// 400 000 + 400 000 kr from the public parties and 270 000 kr of the
// organisation's own, the organisation invoicing the public parties once a
// year; it ends at the end of its period without notice, may be extended by at
// most two years (decided nine months before the end), and may be terminated
// with nine months' notice when a party fails its commitments. The
// organisation convenes the cooperation group and delivers a yearly activity
// plan and annual report. No budget lines and no fee per child: the caseworker
// enters what the real agreement says.
import { emptyCriteria, type AgreementData } from '../model';
import { kronor } from '../money';
import { target } from '../commitments/commitment';
import { clauses } from './clauses';
import { keyed, ongoing, recurring } from './template-commitments';
import {
  afterEachYear,
  closingClauses,
  cooperationGroup,
  draftMemo,
  economyOf,
  followUp,
  municipalitySlot,
  one,
  organisationSlot,
  party,
  periodEnd,
  yearlyAccounts,
  type AgreementTemplate,
} from './template';

export const coFinancedTemplate: AgreementTemplate = {
  key: 'coFinanced',
  durationYears: 4,
  slots: [
    { key: 'region', role: 'public', kinds: ['region'], multiple: false, label: 'Region' },
    municipalitySlot,
    organisationSlot,
  ],
  build(args): AgreementData {
    const region = one(args, 'region');
    const city = one(args, 'municipality');
    const org = one(args, 'organisation');
    const end = periodEnd(args.start, 4);
    return {
      registrationNumber: args.registrationNumber,
      title: args.title || `Stöd till barn och familjer på flykt – ${org.name}`,
      templateKey: 'coFinanced',
      parties: [party(region, 'public'), party(city, 'public'), party(org, 'nonprofit')],
      background:
        `Många barn och föräldrar som kommit till Sverige efter krig och flykt bär på svåra upplevelser. ` +
        `${org.name} har byggt upp gruppverksamhet för dem, och ${region.name} och ${city.name} vill bidra till att den kan fortsätta och utvecklas.`,
      purpose: 'Att förebygga psykisk ohälsa hos barn och föräldrar som har upplevt krig och flykt.',
      goals: [
        'Omkring 70 barn och 40 föräldrar per år deltar i grupperna.',
        'Deltagarna upplever att de mår bättre efter avslutad grupp.',
      ],
      targetGroup: {
        description: 'Barn som har upplevt krig eller flykt, och deras föräldrar.',
        ageFrom: 6,
        ageTo: 12,
      },
      formAndBasis:
        'Partnerskapet är ett idéburet offentligt partnerskap som vilar på regionens och kommunens planer för folkhälsa och för barn och unga.',
      valueBase:
        'Barnkonventionen är grunden. Barnets bästa och barnets rätt att komma till tals styr arbetet.',
      genderEquality: 'Grupperna ska vara tillgängliga för alla kön, och deltagandet följs upp per kön.',
      criteria: emptyCriteria(),
      commitments: keyed([
        ongoing(org.id, 'Genomföra gruppverksamhet för barn (14 veckor) och för föräldrar.'),
        recurring(org.id, 'Ta emot cirka 70 barn per år i grupperna.', target(70, 'year', 'about', 'childrenEnrolled')),
        ongoing(org.id, 'Bidra med egen personal, volontärer och lokaler motsvarande den egna insatsen i budgeten.'),
        recurring(org.id, 'Fakturera de offentliga parterna en gång per år.', target(1, 'year', 'exactly')),
        ongoing(
          region.id,
          'Bidra med kunskap om trauma och psykisk hälsa och med regionens del av finansieringen.',
        ),
        ongoing(
          city.id,
          'Sprida information om verksamheten till skolor och socialtjänst och bidra med kommunens del av finansieringen.',
        ),
      ]),
      governanceBodies: [
        cooperationGroup({
          decisionRule: 'Gruppen strävar efter samsyn; frågor som kräver beslut lyfts till parterna.',
          chairRotation: `${org.name} kallar till möten.`,
          convenerOrganisationId: org.id,
          cadence: { kind: 'timesPerYear', times: 2 },
        }),
      ],
      followUps: [
        followUp('activityPlan', { kind: 'yearly', month: 1, day: 31, followingYear: false }, org.id),
        ...yearlyAccounts(org.id),
        followUp('effectEvaluation', afterEachYear(), org.id, 'Deltagarnas egna skattningar före och efter'),
        followUp('finalReport', { kind: 'afterEnd', months: 4 }, org.id),
      ],
      economy: economyOf(
        args.start,
        end,
        {
          amount: kronor(1_070_000),
          lines: [],
          funding: [
            { payerOrganisationId: region.id, recipientOrganisationId: org.id, amount: kronor(400_000) },
            { payerOrganisationId: city.id, recipientOrganisationId: org.id, amount: kronor(400_000) },
            { payerOrganisationId: org.id, recipientOrganisationId: null, amount: kronor(270_000) },
          ],
        },
        { kind: 'yearlyOnInvoice', month: 1, day: 31, rounding: 'wholeKronor' },
        'noFee',
      ),
      period: { start: args.start, end, fundsCondition: false },
      extension: { maxYears: 2, decisionMonthsBeforeEnd: 9 },
      notice: { months: 9, writtenNoticeTo: '' },
      clauses: clauses([
        'economy',
        'period',
        'extension',
        'noticeOnBreach',
        ...closingClauses,
        'changedCircumstances',
        'copies',
      ]),
      appendices: [],
      memo: draftMemo({
        background: `${org.name} bedriver gruppverksamhet för barn och föräldrar som upplevt krig och flykt.`,
        matter: `Förvaltningen föreslår ett idéburet offentligt partnerskap mellan ${region.name}, ${city.name} och ${org.name}, där kostnaden delas mellan parterna.`,
        preparation: `Ärendet har beretts tillsammans med ${region.name} och ${org.name}.`,
      }),
    };
  },
};
