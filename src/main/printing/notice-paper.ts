// The notice to social services that a child is registered in a group: what,
// when, which group. Handed over before the child starts; recording the day it
// was handed over (printing:noticeHandedOver) satisfies the gate.
import type { DocumentModel } from '../documents/document-model';
import { organisationOf, type EnrolmentPaperInput } from './consent-paper';
import { Gaps, placementText, secrecyLine } from './print-model';

const consentLine = (input: EnrolmentPaperInput): string => {
  const { enrolment } = input;
  if (enrolment.consentBasis === 'notRequired') return 'Krävs inte (LVU)';
  const state = {
    complete: 'Lämnat',
    incomplete: 'Inte komplett ännu',
    refused: 'Nekat',
    withdrawn: 'Återkallat',
    notRequired: 'Krävs inte',
  }[enrolment.consentOverall];
  return enrolment.consentBasis === 'self' ? `${state} (personen själv, 18 år)` : state;
};

export function buildNotice(input: EnrolmentPaperInput): DocumentModel {
  const { enrolment, child, programme, group, today } = input;
  const gaps = new Gaps();
  const organisation = organisationOf(input, gaps);
  const caseworker = [child.caseworker.name, child.caseworker.unit].filter((s) => s.trim()).join(', ');
  const start = group ? `${group.startDate} kl. ${group.startTime}` : gaps.value('Startdatum', '');
  return {
    title: 'Meddelande om anmälan till stödgrupp',
    subtitle: `Till socialtjänsten i ${child.district}`,
    meta: [
      ['Datum', today],
      ['Från', organisation],
      ['Kontaktperson', gaps.value('Kontaktperson', input.userName)],
      ['Sekretess', secrecyLine],
    ],
    blocks: [
      {
        kind: 'paragraph',
        text: `Härmed meddelar vi att barnet nedan är anmält till ${programme.name}. Socialtjänsten ska känna till anmälan innan barnet börjar delta. Barnet börjar ${start}.`,
      },
      { kind: 'subheading', text: 'Barnet' },
      {
        kind: 'facts',
        rows: [
          ['Namn', child.name],
          [child.identityLabel, gaps.value('Personnummer eller födelsedatum', child.identity)],
          ['Placering', placementText[child.placementBasis]],
          ['Handläggare', gaps.value('Handläggare', caseworker)],
        ],
      },
      { kind: 'subheading', text: 'Anmälan' },
      {
        kind: 'facts',
        rows: [
          ['Verksamhet', programme.name],
          ['Överenskommelse', `${input.agreement.title} (${input.agreement.registrationNumber})`],
          ['Grupp', gaps.value('Grupp', group?.name)],
          ['Första träff', start],
          ['Plats', gaps.value('Plats', group?.location)],
          ['Anmäld', enrolment.referredOn],
          ['Samtycke', consentLine(input)],
        ],
      },
      {
        kind: 'signature',
        party: 'Överlämnat till socialtjänsten',
        lines: [
          ['Datum', ''],
          ['Överlämnat av', input.userName],
          ['Mottaget av', ''],
        ],
      },
      ...gaps.blocks(),
    ],
  };
}
