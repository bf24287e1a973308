// The files inside a hand-back package for one district: a PDF to read and
// file, CSVs to import (enrolments, consents, attendance, concern reports),
// and a README on what the package is. Built in memory; they are only ever
// written to disk inside the encrypted package.
import { formatMoney } from '../../shared/agreements/money';
import { enrolmentStatusLabels, genderLabels, placementLabels } from '../../shared/reports/labels';
import type {
  ConsentDecision,
  ConsentMethod,
  ConsentScope,
  IdentityKind,
  PreVisitKind,
} from '../../shared/support-groups/vocabulary';
import { printable, writePdf } from '../documents/pdf-document';
import { csvBytes } from '../reports/export/csv';
import type { HandBackEnrolment } from './handback-data';
import { countOf } from '../../shared/i18n/plural';

const scopeLabels: Record<ConsentScope, string> = {
  participation: 'Deltagande',
  dataSharing: 'Uppgiftslämnande',
};
const decisionLabels: Record<ConsentDecision, string> = {
  given: 'Lämnat',
  refused: 'Nekat',
  withdrawn: 'Återkallat',
};
const methodLabels: Record<ConsentMethod, string> = { written: 'Skriftligt', oral: 'Muntligt' };
const preVisitLabels: Record<PreVisitKind, string> = {
  homeVisit: 'Hembesök',
  visitToOrganisation: 'Besök hos organisationen',
};
const identityLabels: Record<IdentityKind, string> = {
  personnummer: 'Personnummer',
  samordningsnummer: 'Samordningsnummer',
  none: 'Saknas',
};
const sessionKindLabels: Record<string, string> = {
  session: 'Träff',
  fullDay: 'Heldag',
  followUp: 'Uppföljning',
};

const yesNo = (b: boolean) => (b ? 'Ja' : 'Nej');
const birth = (e: HandBackEnrolment) =>
  e.child.birthDate ?? (e.child.birthYear === null ? '' : String(e.child.birthYear));
const presence = (p: boolean | null, cancelled: boolean) =>
  cancelled ? 'Inställd' : p === null ? 'Ej registrerad' : p ? 'Närvarande' : 'Frånvarande';

export interface PackageFile {
  name: string;
  data: Buffer;
}

function enrolmentsCsv(list: readonly HandBackEnrolment[]): Buffer {
  return csvBytes([
    [
      'Inskrivning',
      'Namn',
      'Identitet',
      'Nummer',
      'Födelsedatum eller år',
      'Kön',
      'Stadsdel',
      'Hemkommun',
      'Placering',
      'Skyddade personuppgifter',
      'Handläggare',
      'Överenskommelse',
      'Insats',
      'Grupp',
      'Gruppstart',
      'Status',
      'Anmäld',
      'Avbrottsorsak',
      'Skäl för undantag från åldersgräns',
      'Socialtjänsten informerad',
      'Informerad av',
      'Informerad',
      'Barnets åsikt, datum',
      'Barnets åsikt',
      'Barnets åsikt, antecknad av',
      'Förbesök',
      'Förbesök, datum',
      'Förbesök av',
      'Avgift (kr)',
      'Fakturerad',
      'Betald',
    ],
    ...list.map((e) => [
      String(e.enrolmentId),
      e.child.name,
      identityLabels[e.child.identityKind],
      e.child.identityNumber ?? '',
      birth(e),
      genderLabels[e.child.gender],
      e.child.district,
      e.child.homeMunicipality,
      placementLabels[e.child.placementBasis],
      yesNo(e.child.protectedIdentity),
      e.child.caseworker,
      e.agreement,
      e.programme,
      e.group,
      e.groupStart,
      enrolmentStatusLabels[e.status],
      e.referredOn,
      e.cancelReason,
      e.ageOverrideReason,
      e.notice?.on ?? '',
      e.notice?.by ?? '',
      e.notice?.whom ?? '',
      e.childView?.on ?? '',
      e.childView?.summary ?? '',
      e.childView?.by ?? '',
      e.preVisit ? preVisitLabels[e.preVisit.kind] : '',
      e.preVisit?.on ?? '',
      e.preVisit?.by ?? '',
      e.fee ? (e.fee.amountOre / 100).toFixed(2).replace('.', ',') : '',
      e.fee?.invoicedOn ?? '',
      e.fee?.paidOn ?? '',
    ]),
  ]);
}

function consentsCsv(list: readonly HandBackEnrolment[]): Buffer {
  return csvBytes([
    [
      'Inskrivning',
      'Barn',
      'Vårdnadshavare',
      'Har vårdnad',
      'Omfattning',
      'Beslut',
      'Datum',
      'Sätt',
      'Dokumentreferens',
    ],
    ...list.flatMap((e) =>
      e.consents.map((c) => [
        String(e.enrolmentId),
        e.child.name,
        c.guardian,
        yesNo(c.hasCustody),
        scopeLabels[c.scope],
        decisionLabels[c.decision],
        c.decidedOn,
        methodLabels[c.method],
        c.reference,
      ]),
    ),
  ]);
}

function attendanceCsv(list: readonly HandBackEnrolment[]): Buffer {
  return csvBytes([
    ['Inskrivning', 'Barn', 'Datum', 'Slag', 'Närvaro'],
    ...list.flatMap((e) =>
      e.attendance.map((a) => [
        String(e.enrolmentId),
        e.child.name,
        a.date,
        sessionKindLabels[a.kind] ?? a.kind,
        presence(a.present, a.cancelled),
      ]),
    ),
  ]);
}

function concernCsv(list: readonly HandBackEnrolment[]): Buffer {
  const seen = new Set<string>();
  const rows: string[][] = [];
  for (const e of list) {
    for (const c of e.concernReports) {
      const key = `${e.child.name}|${c.reportedOn}|${c.socialServices}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push([e.child.name, c.reportedOn, c.socialServices, c.reportedBy]);
    }
  }
  return csvBytes([['Barn', 'Datum', 'Anmälan gjord till', 'Anmälan gjord av'], ...rows]);
}

function readme(district: string, createdOn: string, count: number): Buffer {
  const text = [
    `Återföring av personuppgifter – ${district}`,
    `Skapad ${createdOn} av IOP Desk.`,
    '',
    `Paketet innehåller uppgifter om ${count} inskrivning${count === 1 ? '' : 'ar'} i stödgrupper som har avslutats.`,
    'Uppgifterna återförs till socialtjänsten innan de gallras hos organisationen.',
    '',
    'Innehåll:',
    '  aterforing.pdf         Sammanställning att läsa och diarieföra',
    '  inskrivningar.csv      En rad per inskrivning',
    '  samtycken.csv          Vårdnadshavares samtycken',
    '  narvaro.csv            Närvaro per träff',
    '  orosanmalningar.csv    Orosanmälningar (datum och mottagare)',
    '',
    'CSV-filerna är skrivna för svenskt Excel (semikolon, UTF-8).',
    'Adressuppgifter ingår inte. Uppgifterna omfattas av sekretess enligt OSL.',
    '',
  ].join('\r\n');
  return Buffer.from(text, 'utf8');
}

function pdf(district: string, createdOn: string, list: readonly HandBackEnrolment[]): Promise<Buffer> {
  return writePdf({ margin: 50, info: { title: `Återföring – ${district}` } }, (doc, width) =>
    drawPdf(doc, width, district, createdOn, list),
  );
}

function drawPdf(
  doc: PDFKit.PDFDocument,
  width: number,
  district: string,
  createdOn: string,
  list: readonly HandBackEnrolment[],
): void {
  const line = (label: string, value: string) => {
    doc.font('Helvetica-Bold').fontSize(9.5).text(`${label}: `, { continued: true, width });
    doc.font('Helvetica').text(printable(value === '' ? '–' : value), { width });
  };
  doc
    .font('Helvetica-Bold')
    .fontSize(17)
    .text(printable(`Återföring av personuppgifter – ${district}`), { width });
  doc
    .font('Helvetica')
    .fontSize(10)
    .text(
      `Skapad ${createdOn}. ${countOf('sv', list.length, 'inskrivning', 'inskrivningar')}. Uppgifterna omfattas av sekretess.`,
      { width },
    )
    .moveDown(1);
  list.forEach((e, i) => {
    if (i > 0) doc.addPage();
    doc.font('Helvetica-Bold').fontSize(13).text(printable(e.child.name), { width }).moveDown(0.2);
    line(identityLabels[e.child.identityKind], e.child.identityNumber ?? birth(e));
    line('Kön', genderLabels[e.child.gender]);
    line('Stadsdel / hemkommun', `${e.child.district} / ${e.child.homeMunicipality}`);
    line('Placering', placementLabels[e.child.placementBasis]);
    if (e.child.protectedIdentity) line('Skyddade personuppgifter', 'Ja (adressuppgifter lämnas inte ut)');
    line('Handläggare', e.child.caseworker);
    doc.moveDown(0.4);
    line('Överenskommelse', e.agreement);
    line('Insats och grupp', `${e.programme}, ${e.group} (start ${e.groupStart})`);
    line('Status', enrolmentStatusLabels[e.status]);
    line('Anmäld', e.referredOn);
    if (e.cancelReason) line('Avbrottsorsak', e.cancelReason);
    if (e.ageOverrideReason) line('Undantag från åldersgräns', e.ageOverrideReason);
    line(
      'Socialtjänsten informerad',
      e.notice ? `${e.notice.on} av ${e.notice.by} till ${e.notice.whom}` : '',
    );
    line(
      e.person === 'participant' ? 'Deltagarens egen åsikt' : 'Barnets egen åsikt',
      e.childView ? `${e.childView.on} (${e.childView.by}): ${e.childView.summary}` : '',
    );
    if (e.preVisit)
      line('Förbesök', `${preVisitLabels[e.preVisit.kind]} ${e.preVisit.on} (${e.preVisit.by})`);
    if (e.fee)
      line(
        'Avgift',
        `${formatMoney(e.fee.amountOre)}, fakturerad ${e.fee.invoicedOn ?? '–'}, betald ${e.fee.paidOn ?? '–'}`,
      );
    doc.moveDown(0.4).font('Helvetica-Bold').fontSize(10.5).text('Samtycken', { width });
    if (e.consents.length === 0)
      doc
        .font('Helvetica')
        .fontSize(9.5)
        .text('Inga samtycken registrerade (krävs inte vid LVU-placering).', { width });
    for (const c of e.consents) {
      doc
        .font('Helvetica')
        .fontSize(9.5)
        .text(
          printable(
            `${c.decidedOn} ${c.guardian}: ${scopeLabels[c.scope]} – ${decisionLabels[c.decision]} (${methodLabels[c.method].toLowerCase()}${c.reference ? `, ${c.reference}` : ''})`,
          ),
          { width },
        );
    }
    doc.moveDown(0.4).font('Helvetica-Bold').fontSize(10.5).text('Närvaro', { width });
    const present = e.attendance.filter((a) => a.present === true).length;
    const recorded = e.attendance.filter((a) => a.present !== null).length;
    doc
      .font('Helvetica')
      .fontSize(9.5)
      .text(`Närvarande vid ${present} av ${recorded} registrerade träffar.`, { width });
    doc.text(
      e.attendance.map((a) => `${a.date} ${presence(a.present, a.cancelled).toLowerCase()}`).join(' · '),
      { width },
    );
    if (e.concernReports.length > 0) {
      doc.moveDown(0.4).font('Helvetica-Bold').fontSize(10.5).text('Orosanmälningar', { width });
      for (const c of e.concernReports)
        doc
          .font('Helvetica')
          .fontSize(9.5)
          .text(printable(`${c.reportedOn} till ${c.socialServices} (${c.reportedBy})`), { width });
    }
  });
}

export async function packageFiles(
  district: string,
  createdOn: string,
  list: readonly HandBackEnrolment[],
): Promise<PackageFile[]> {
  return [
    { name: 'LASMIG.txt', data: readme(district, createdOn, list.length) },
    { name: 'aterforing.pdf', data: await pdf(district, createdOn, list) },
    { name: 'inskrivningar.csv', data: enrolmentsCsv(list) },
    { name: 'samtycken.csv', data: consentsCsv(list) },
    { name: 'narvaro.csv', data: attendanceCsv(list) },
    { name: 'orosanmalningar.csv', data: concernCsv(list) },
  ];
}
