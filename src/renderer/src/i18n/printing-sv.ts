// Printing (issue 14): the print buttons on the group, enrolment and hand-back screens.
export const printingSv = {
  'printing.title': 'Utskrifter',
  'printing.intro':
    'Dokumenten skapas på svenska och sparas i en mapp du väljer. Skriv ut dem från din PDF-läsare. Skyddade personuppgifter skrivs inte ut.',
  'printing.roster': 'Grupplista',
  'printing.rosterText': 'Gruppen, ledarna, träffarna och barnen med ålder och kontakt vid nödläge.',
  'printing.attendanceSheet': 'Närvarolista',
  'printing.attendanceText': 'En lista per träff att kryssa i på papper och föra in i appen efteråt.',
  'printing.session': 'Träff för närvarolistan',
  'printing.sessionOption': 'Träff {number}: {date} kl. {time}',
  'printing.consentForm': 'Samtyckesblankett',
  'printing.consentText':
    'Beskriver hela verksamheten, vilka uppgifter som delas och med vem och rätten att återkalla, med underskriftsrader för var och en som ska samtycka.',
  'printing.information': 'Information om stödgruppen',
  'printing.informationText':
    'Barnet är placerat enligt LVU: inget samtycke behövs. Papperet informerar om verksamheten och har inga underskriftsrader.',
  'printing.informationText.participant':
    'Deltagaren är placerad enligt LVU: inget samtycke behövs. Papperet informerar om verksamheten och har inga underskriftsrader.',
  'printing.notice': 'Meddelande till socialtjänsten',
  'printing.noticeText': 'Att barnet är anmält: vad, när och vilken grupp. Ska lämnas innan barnet börjar.',
  'printing.noticeText.participant':
    'Att deltagaren är anmäld: vad, när och vilken grupp. Ska lämnas innan deltagaren börjar.',
  'printing.handedOverText':
    'När meddelandet är överlämnat: ange datumet. Det räknas som att socialtjänsten är informerad det datumet.',
  'printing.handedOverOn': 'Överlämnat datum',
  'printing.handedOver': 'Registrera överlämnat',
  'printing.handedOverSaved': 'Meddelandet är registrerat som överlämnat {date}.',
  'printing.coverLetter': 'Följebrev till {district}',
  'printing.coverLetters': 'Följebrev till paketen',
  'printing.withheldTitle': 'Skyddade personuppgifter skrevs inte ut',
  'printing.withheld':
    '{count|# barn har skyddade personuppgifter. Barnets kontaktuppgifter och adress finns inte i dokumentet.|# barn har skyddade personuppgifter. Barnens kontaktuppgifter och adresser finns inte i dokumentet.}',
  'printing.revealHint':
    'Behöver papperet uppgifterna kan du skriva ut det igen med dem. Det loggas att du visade dem.',
  'printing.reveal': 'Skriv ut igen med skyddade uppgifter',
  'printing.revealNotAllowed': 'Din roll får inte visa skyddade personuppgifter.',
  'channel.printing:print': 'Skriv ut dokument',
  'channel.printing:printRevealed': 'Skriv ut dokument med skyddade personuppgifter',
  'channel.printing:noticeHandedOver': 'Registrera meddelande till socialtjänsten som överlämnat',
  'entity.printout': 'Utskrift',
} as const;
