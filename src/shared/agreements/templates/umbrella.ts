// Template 3: an umbrella partnership between a board and several non-profits,
// with a steering group and a cooperation group; each organisation's
// commitments and money sit in its own appendix, which can change without
// renegotiating the main agreement. Notice: 4 months after written notice to
// the steering group. The template knows no amounts and no fee: the budget
// starts empty (the economy clause is flagged until the caseworker fills it
// in) and appendices get their registration numbers from the caseworker.
import { joinSwedish } from '../economy';
import { emptyCriteria, type AgreementData } from '../model';
import { clauses } from './clauses';
import { keyed, ongoing } from './template-commitments';
import {
  afterEachYear,
  annualReportNote,
  closingClauses,
  cooperationGroup,
  draftMemo,
  economyOf,
  followUp,
  one,
  party,
  periodEnd,
  type AgreementTemplate,
} from './template';

export const umbrellaTemplate: AgreementTemplate = {
  key: 'umbrella',
  durationYears: 3,
  slots: [
    {
      key: 'board',
      role: 'public',
      kinds: ['municipality', 'region', 'stateAgency'],
      multiple: false,
      label: 'Nämnd (offentlig part)',
    },
    {
      key: 'organisations',
      role: 'nonprofit',
      kinds: ['nonprofit'],
      multiple: true,
      label: 'Idéburna organisationer',
    },
  ],
  build(args): AgreementData {
    const board = one(args, 'board');
    const orgs = args.slots.organisations ?? [];
    const end = periodEnd(args.start, 3);
    const names = joinSwedish(orgs.map((o) => o.name));
    return {
      registrationNumber: args.registrationNumber,
      title: args.title || 'Paraplypartnerskap för barn och unga i utsatta situationer',
      templateKey: 'umbrella',
      parties: [party(board, 'public'), ...orgs.map((o) => party(o, 'nonprofit'))],
      background: `${board.name} och ${names} arbetar redan var för sig med barn och unga i utsatta situationer och vill samordna arbetet i ett gemensamt partnerskap.`,
      purpose:
        'Att barn och unga i utsatta situationer ska få ett samlat och långsiktigt stöd från flera aktörer.',
      goals: ['Fler barn och unga ska nås av stöd tidigt.', 'Parternas insatser ska komplettera varandra.'],
      targetGroup: {
        description: 'Barn och unga i utsatta situationer, även de som saknar svenskt personnummer.',
        ageFrom: 0,
        ageTo: 24,
      },
      formAndBasis:
        'Partnerskapet är ett idéburet offentligt partnerskap som vilar på nämndens mål och på socialtjänstlagen.',
      valueBase: 'Barnkonventionen är grunden, och barnets bästa och rätt att komma till tals styr arbetet.',
      genderEquality: 'Insatserna ska nå alla kön på lika villkor, och det följs upp.',
      criteria: emptyCriteria(),
      commitments: keyed([
        ongoing(board.id, 'Samordna partnerskapet och bidra med pengar enligt bilagorna.'),
        ...orgs.map((o, i) => ongoing(o.id, `Genomföra de insatser som beskrivs i bilaga ${i + 1}.`, i)),
      ]),
      governanceBodies: [
        {
          key: 'steering',
          kind: 'steeringGroup',
          name: 'Styrgrupp',
          members: [],
          decisionRule: 'Beslut fattas med enkel majoritet; varje representant har en röst.',
          chairRotation:
            'Ordförandeskapet roterar mellan parterna; ordföranden kallar till möten och för protokoll.',
          minuteTakerRotation: 'Ordföranden för protokoll.',
          convenerOrganisationId: board.id,
          cadence: { kind: 'everyMonths', months: 2 },
        },
        cooperationGroup({
          decisionRule: 'Gruppen hanterar verksamhetsfrågor och strävar efter samsyn.',
          chairRotation: '',
          convenerOrganisationId: board.id,
          cadence: { kind: 'everyMonths', months: 3 },
        }),
      ],
      followUps: [
        followUp(
          'steeringGroupReport',
          { kind: 'everyMonths', months: 6 },
          null,
          'Samverkansgruppens skriftliga rapport',
          'steeringReport',
        ),
        ...orgs.map((o) =>
          followUp('annualReport', afterEachYear(), o.id, annualReportNote, `annualReport-${o.id}`),
        ),
        followUp('finalReport', { kind: 'afterEnd', months: 4 }, null),
      ],
      economy: economyOf(
        args.start,
        end,
        null,
        { kind: 'quarterlyInAdvance', rounding: 'wholeKronor' },
        'noFee',
      ),
      period: { start: args.start, end, fundsCondition: true },
      extension: { maxYears: null, decisionMonthsBeforeEnd: null },
      notice: { months: 4, writtenNoticeTo: 'styrgruppen' },
      clauses: clauses([
        'economy',
        'periodFunds',
        'notice',
        'newMembers',
        'shortcomings',
        ...closingClauses,
        'changedCircumstancesSteering',
        'copies',
      ]),
      appendices: orgs.map((o, i) => ({
        title: `Bilaga ${i + 1}: ${o.name} – åtaganden och ekonomi`,
        registrationNumber: '',
        organisationId: o.id,
        validFrom: args.start,
        validTo: end,
      })),
      memo: draftMemo(
        {
          background: `${names} har tillsammans med förvaltningen tagit fram ett förslag till paraplypartnerskap.`,
          matter: `Förvaltningen föreslår ett idéburet offentligt partnerskap mellan ${board.name} och ${names}.`,
          preparation: 'Ärendet har beretts i dialog med organisationerna.',
        },
        orgs.map((o, i) => `Bilaga ${i + 1}: ${o.name}`),
      ),
    };
  },
};
