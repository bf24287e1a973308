// The consent form for guardians: the whole activity in plain Swedish from the
// programme, group and agreement; what is shared with whom; the right to
// withdraw; and a signature block for each person who consents under the
// consent rules (each custodian, or the god man / särskilt förordnad
// vårdnadshavare, or the person themselves from 18). Under LVU nobody is
// asked: the same paper is information only, without signature lines.
import type { Enrolment, Group, Programme } from '../../shared/ipc/support-groups';
import { SectionNumbering, paragraphs, type Block, type DocumentModel } from '../documents/document-model';
import { Gaps, numbered, secrecyLine, sessionsTable } from './print-model';
import { runningOrganisation, type AgreementFacts } from './print-agreement';
import { withheldText, type PrintChild } from './print-people';
import { countOf } from '../../shared/i18n/plural';

export interface EnrolmentPaperInput {
  enrolment: Enrolment;
  child: PrintChild;
  programme: Programme;
  group: Group | null;
  agreement: AgreementFacts;
  today: string;
  /** The signed-in user's name: the contact on the paper. */
  userName: string;
}

const capacityTitle = {
  custodian: 'Vårdnadshavare',
  specialCustodian: 'Särskilt förordnad vårdnadshavare',
  godMan: 'God man',
  noCustody: 'Förälder',
  self: 'Deltagare',
} as const;

/** The organisation running the programme: its own party, else the agreement's non-profit parties. */
export const organisationOf = (input: EnrolmentPaperInput, gaps: Gaps) =>
  gaps.value('Organisation som driver verksamheten', runningOrganisation(input.programme, input.agreement));

function activity(input: EnrolmentPaperInput, gaps: Gaps): Block[] {
  const { programme, group, agreement } = input;
  const organisation = organisationOf(input, gaps);
  const how =
    programme.format === 'weekend'
      ? `Verksamheten är en stödhelg med ${countOf('sv', programme.sessionCount, 'heldag', 'heldagar')}.`
      : programme.format === 'weekly'
        ? `Gruppen träffas ${countOf('sv', programme.sessionCount, 'gång', 'gånger')}, en gång i veckan, ${countOf('sv', programme.sessionMinutes, 'minut', 'minuter')} per träff.`
        : `Gruppen träffas ${countOf('sv', programme.sessionCount, 'gång', 'gånger')}, var ${programme.intervalDays}:e dag, ${countOf('sv', programme.sessionMinutes, 'minut', 'minuter')} per träff.`;
  const followUp =
    programme.followUpWeeks > 0
      ? ` Efter ${countOf('sv', programme.followUpWeeks, 'vecka', 'veckor')} följer en uppföljningsträff.`
      : '';
  const sessions = group ? numbered(group.sessions).filter((s) => !s.cancelled) : [];
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `${organisation} driver ${programme.name} i samarbete med socialtjänsten, enligt överenskommelsen ”${agreement.title}” (diarienummer ${agreement.registrationNumber})${agreement.parties.length > 1 ? ` mellan ${agreement.parties.join(', ')}` : ''}. ${how}${followUp} Gruppen är för barn och unga ${programme.ageMin}–${programme.ageMax} år, ${programme.groupSizeMin}–${programme.groupSizeMax} deltagare.`,
    },
  ];
  if (agreement.purpose.trim() !== '')
    blocks.push({ kind: 'subheading', text: 'Syfte' }, ...paragraphs(agreement.purpose));
  if (agreement.goals.length > 0)
    blocks.push({ kind: 'subheading', text: 'Mål' }, { kind: 'bullets', items: agreement.goals });
  if (agreement.targetGroup.trim() !== '')
    blocks.push({ kind: 'subheading', text: 'Målgrupp' }, ...paragraphs(agreement.targetGroup));
  blocks.push(
    { kind: 'subheading', text: 'Gruppen' },
    {
      kind: 'facts',
      rows: [
        ['Grupp', gaps.value('Grupp', group?.name)],
        ['Start', group ? `${group.startDate} kl. ${group.startTime}` : gaps.value('Startdatum', '')],
        ['Plats', gaps.value('Plats', group?.location)],
        ['Gruppledare', gaps.value('Gruppledare', group?.leaders.join(', '))],
      ],
    },
  );
  if (sessions.length > 0) blocks.push(sessionsTable(sessions));
  return blocks;
}

function sharing(input: EnrolmentPaperInput, gaps: Gaps): Block[] {
  const organisation = organisationOf(input, gaps);
  const district = input.child.district;
  return [
    {
      kind: 'bullets',
      items: [
        `Socialtjänsten i ${district} lämnar barnets namn, ålder och kontaktuppgifter till ${organisation}, så att barnet kan anmälas till gruppen.`,
        `${organisation} meddelar socialtjänsten att barnet är anmält innan barnet börjar.`,
        `${organisation} antecknar barnets närvaro. När gruppen är slut lämnas uppgifterna om barnets deltagande (anmälan, samtycken, närvaro) tillbaka till socialtjänsten och raderas sedan hos ${organisation}.`,
        'Inga andra får uppgifterna. Båda parter hanterar dem enligt offentlighets- och sekretesslagen och dataskyddsförordningen (GDPR).',
        'Den som misstänker att ett barn far illa är skyldig att anmäla det till socialtjänsten (orosanmälan), även utan samtycke.',
      ],
    },
  ];
}

function withdrawal(input: EnrolmentPaperInput, gaps: Gaps): Block[] {
  const { caseworker } = input.child;
  const who = gaps.value(
    'Handläggare att kontakta',
    [caseworker.name, caseworker.unit].filter((s) => s).join(', '),
  );
  return [
    {
      kind: 'paragraph',
      text: `Samtycket är frivilligt. Du kan när som helst återkalla det, helt eller för en del, utan att ange skäl. Kontakta barnets handläggare (${who}) eller gruppledarna. Barnet deltar då inte längre och inga fler uppgifter lämnas. Det som redan har skett påverkas inte.`,
    },
  ];
}

/** One block per person who consents, with the two consents to tick. */
function signatures(input: EnrolmentPaperInput, gaps: Gaps): Block[] {
  const { enrolment, child } = input;
  const ticks: Block = {
    kind: 'bullets',
    items: [
      '[   ] Jag samtycker till att barnet deltar i gruppen.',
      '[   ] Jag samtycker till att uppgifter lämnas enligt avsnittet ovan om vilka uppgifter som delas.',
    ],
  };
  const block = (capacity: string, name: string): Block[] => [
    { kind: 'subheading', text: `${capacity}: ${name}` },
    ticks,
    {
      kind: 'signature',
      party: 'Underskrift',
      lines: [
        ['Namnteckning', ''],
        ['Namnförtydligande', name],
        ['Ort och datum', ''],
      ],
    },
  ];
  if (enrolment.consentBasis === 'self')
    return [
      {
        kind: 'paragraph',
        text: 'Du är 18 år eller äldre när gruppen börjar och bestämmer själv. Ingen annan tillfrågas.',
      },
      ...block(capacityTitle.self, child.name),
    ];
  const asked = enrolment.guardianConsents.filter((g) => g.participation !== 'notRequired');
  const intro: Block =
    enrolment.consentBasis === 'godMan'
      ? { kind: 'paragraph', text: 'Barnet har god man, som samtycker i vårdnadshavarnas ställe.' }
      : {
          kind: 'paragraph',
          text: 'Varje vårdnadshavare samtycker för sig. Vid gemensam vårdnad krävs samtycke från båda.',
        };
  if (asked.length === 0)
    return [intro, ...block(capacityTitle.custodian, gaps.value('Vårdnadshavare eller god man', ''))];
  return [intro, ...asked.flatMap((g) => block(capacityTitle[g.capacity], g.guardianName))];
}

export function buildConsentForm(input: EnrolmentPaperInput): DocumentModel {
  const { enrolment, child, programme, today } = input;
  const gaps = new Gaps();
  const sections = new SectionNumbering();
  const lvu = enrolment.consentBasis === 'notRequired';
  const childFacts: [string, string][] = [
    ['Barn', child.name],
    [child.identityLabel, gaps.value('Personnummer eller födelsedatum', child.identity)],
    ['Adress', child.details === null ? withheldText : gaps.value('Barnets adress', child.details.address)],
  ];
  return {
    title: lvu ? 'Information om stödgrupp' : 'Samtycke till stödgrupp',
    subtitle: programme.name,
    meta: [
      ['Datum', today],
      ['Kontaktperson', gaps.value('Kontaktperson', input.userName)],
      ['Sekretess', secrecyLine],
    ],
    blocks: [
      { kind: 'subheading', text: lvu ? 'Barnet' : 'Barnet som samtycket gäller' },
      { kind: 'facts', rows: childFacts },
      sections.heading('Verksamheten'),
      ...activity(input, gaps),
      sections.heading(lvu ? 'Vilka uppgifter som delas' : 'Vilka uppgifter som delas och med vem'),
      ...sharing(input, gaps),
      ...(lvu
        ? [
            sections.heading('Beslut om deltagande'),
            {
              kind: 'paragraph' as const,
              text: 'Barnet är placerat med stöd av lagen med särskilda bestämmelser om vård av unga (LVU). Socialtjänsten ansvarar för beslutet och inget samtycke från vårdnadshavare krävs. Detta papper är en information om verksamheten och ska inte skrivas under.',
            },
          ]
        : [
            sections.heading('Rätt att återkalla samtycket'),
            ...withdrawal(input, gaps),
            sections.heading('Samtycke'),
            ...signatures(input, gaps),
          ]),
      sections.heading('Barnets egen åsikt'),
      {
        kind: 'paragraph',
        text: 'Barnet får själv berätta vad hen tycker om att delta, och det antecknas. Barnet kan också lämna synpunkter under och efter gruppen.',
      },
      ...gaps.blocks(),
    ],
  };
}
