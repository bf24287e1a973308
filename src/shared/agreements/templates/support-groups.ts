// Template 1: a municipality and one non-profit run support groups for
// children placed in foster homes (the Stockholm–Bris pattern of DOMAIN.md):
// 711 833 kr a year in four budget lines, paid quarterly in advance, provided
// funds are granted; no notice period.
import { emptyCriteria, type AgreementData } from '../model';
import { kronor } from '../money';
import { target } from '../commitments/commitment';
import { clauses } from './clauses';
import { keyed, ongoing, recurring } from './template-commitments';
import {
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
  uncrcFor,
  type AgreementTemplate,
} from './template';

export const supportGroupsTemplate: AgreementTemplate = {
  key: 'supportGroups',
  durationYears: 2,
  slots: [municipalitySlot, organisationSlot],
  build(args): AgreementData {
    const city = one(args, 'municipality');
    const org = one(args, 'organisation');
    const end = periodEnd(args.start, 2);
    return {
      registrationNumber: args.registrationNumber,
      title: args.title || `Stödgrupper för familjehemsplacerade barn – ${org.name}`,
      templateKey: 'supportGroups',
      parties: [party(city, 'public'), party(org, 'nonprofit')],
      background:
        `Barn som bor i familjehem har ofta varit med om svåra saker och behöver stöd utöver det socialtjänsten ger. ` +
        `${org.name} har på eget initiativ utvecklat stödgrupper där barnen möter andra i samma situation.`,
      purpose: 'Att ge barn i familjehem stöd i grupp så att de mår bättre på lång sikt.',
      goals: [
        'Barnen ska få en starkare känsla av sammanhang och bättre psykisk hälsa på lång sikt.',
        'Barnen ska få träffa andra i samma situation och känna sig mindre ensamma.',
        'Minst fyra grupper per år med sammanlagt omkring 40 barn.',
      ],
      targetGroup: {
        description: `Barn och unga som ${city.name} har placerat i familjehem.`,
        ageFrom: 7,
        ageTo: 18,
      },
      formAndBasis:
        'Partnerskapet är ett idéburet offentligt partnerskap. Det vilar på nämndens mål för barn och unga och på socialtjänstlagen.',
      valueBase: `${uncrcFor(args.start)} är grunden: barnets bästa ska komma i första rummet och barnet har rätt att komma till tals i frågor som rör det.`,
      genderEquality:
        'Verksamheten ska nå flickor och pojkar på lika villkor, och utfallet följs upp per kön.',
      criteria: emptyCriteria(),
      commitments: keyed([
        recurring(
          org.id,
          'Genomföra minst fyra stödgrupper per år, som veckogrupper (åtta träffar om två timmar) eller stödhelger.',
          target(4, 'year', 'atLeast', 'groupsStarted'),
        ),
        recurring(org.id, 'Ta emot cirka 40 barn per år i grupperna.', target(40, 'year', 'about', 'childrenEnrolled')),
        ongoing(org.id, 'Ta emot intresseanmälningar och rekrytera deltagare i samråd med socialtjänsten.'),
        ongoing(org.id, 'Träffa barnet och familjehemmet innan gruppen börjar.'),
        recurring(
          org.id,
          'Ordna informationsfrukost för remitterande personal tre gånger per år.',
          target(3, 'year', 'exactly'),
        ),
        ongoing(org.id, 'Utvärdera gruppernas effekt och redovisa sammanställda resultat.'),
        ongoing(city.id, 'Informera familjehem och handläggare om stödgrupperna.'),
        recurring(city.id, 'Skicka kontaktlistor till organisationen en gång per termin.', target(1, 'term', 'atLeast')),
        ongoing(city.id, 'Hämta in vårdnadshavarnas samtycke innan ett barns uppgifter lämnas till organisationen.'),
        ongoing(city.id, 'Betala ut pengarna enligt överenskommelsen.'),
      ]),
      governanceBodies: [
        cooperationGroup({
          decisionRule: 'Gruppen strävar efter samsyn.',
          chairRotation: `${org.name} kallar till möten.`,
          convenerOrganisationId: org.id,
          cadence: { kind: 'perTerm' },
        }),
      ],
      followUps: [
        followUp('activityPlan', { kind: 'yearly', month: 1, day: 31, followingYear: false }, org.id),
        ...yearlyAccounts(org.id),
        followUp('finalReport', { kind: 'afterEnd', months: 3 }, org.id),
      ],
      economy: economyOf(
        args.start,
        end,
        {
          amount: kronor(711_833),
          lines: [
            { label: 'Personal', amount: kronor(678_833) },
            { label: 'Material', amount: kronor(8_000) },
            { label: 'Mat och dryck', amount: kronor(15_000) },
            { label: 'Resor', amount: kronor(10_000) },
          ],
          funding: [
            { payerOrganisationId: city.id, recipientOrganisationId: org.id, amount: kronor(711_833) },
          ],
        },
        { kind: 'quarterlyInAdvance', rounding: 'wholeKronor' },
        'defaultFee',
      ),
      period: { start: args.start, end, fundsCondition: true },
      extension: { maxYears: null, decisionMonthsBeforeEnd: null },
      // No notice period: a party may end the partnership at any time, and it
      // ends once the groups already running have been carried out.
      notice: { months: 0, writtenNoticeTo: '' },
      clauses: clauses([
        'economy',
        'extraIncome',
        'periodFunds',
        'notice',
        ...closingClauses,
        'changedCircumstances',
        'copies',
      ]),
      appendices: [],
      memo: draftMemo({
        background: `${org.name} driver stödgrupper för barn i familjehem och har föreslagit ett partnerskap med ${city.name}.`,
        matter: `Förvaltningen föreslår ett idéburet offentligt partnerskap med ${org.name} om stödgrupper för familjehemsplacerade barn.`,
        preparation: `Ärendet har beretts av förvaltningen i dialog med ${org.name}.`,
      }),
    };
  },
};
