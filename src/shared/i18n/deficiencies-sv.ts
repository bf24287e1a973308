// Swedish texts for deficiencies, disputes, repayments and the boards'
// decisions (spread into sv.ts; English in deficiencies-en.ts).
export const deficienciesSv = {
  'agreements.notInForce':
    'Det går bara medan överenskommelsen gäller mellan parterna: när den är undertecknad, aktiv eller uppsagd.',
  'deficiencies.groundsRescission': 'Hävningen grundas på den här bristen. Utfallet kan inte längre ändras.',
  'deficiencies.deadlineBeforeFound':
    'Sista dag för rättelse kan inte ligga före den dag bristen upptäcktes.',
  'deficiencies.outcomeDateRequired': 'Ange datum för utfallet.',
  'deficiencies.outcomeBeforeFound': 'Utfallet kan inte ligga före den dag bristen upptäcktes.',
  'deficiencies.notRemediedBeforeDeadline':
    'Att bristen inte har rättats kan registreras först när tiden för rättelse har gått ut, dagen efter sista dag för rättelse.',
  'rescission.deficiencyRequired':
    'Välj den brist som hävningen grundas på. Registrera bristen under Brister och tvister om den saknas.',
  'rescission.deadlineNotPassed':
    'Tiden för rättelse har inte gått ut. Överenskommelsen kan hävas tidigast dagen efter sista dag för rättelse.',
  'rescission.deficiencyRemedied': 'Bristen är åtgärdad och kan inte ligga till grund för en hävning.',
  'disputes.termsDoNotEnd':
    'Enligt villkoren upphör inte den här överenskommelsen när dialogen misslyckas. Avsluta tvisten som löst eller häv överenskommelsen efter en brist.',
  'disputes.alreadyClosed': 'Tvisten är redan avslutad.',
  'disputes.closedBeforeOpened': 'Tvisten kan inte avslutas före den dag den öppnades.',
  'disputes.unknown': 'Tvisten finns inte i den här överenskommelsen.',
  'decisions.notPublicParty': 'Beslutet ska gälla en offentlig part i överenskommelsen.',
  'decisions.whichBoard': 'Välj vilken offentlig parts nämnd som har beslutat.',
  'decisions.othersMissing':
    'Alla offentliga parters nämnder har inte beslutat ännu. Registrera de andra besluten först.',
  'repayments.alreadyRecorded': 'En återbetalning är redan registrerad mellan de här parterna.',
  'repayments.noSuchShare': 'Parten har inte betalat något till mottagaren i den här överenskommelsen.',
  'repayments.dueBeforeAsOf': 'Sista dag för återbetalning kan inte ligga före avräkningsdagen.',
  'repayments.reasonRequired': 'Ange skälet när beloppet skiljer sig från förslaget.',
  'deficiencies.closed': 'Bristen är avslutad. Öppna den igen om utfallet registrerades av misstag.',
  'deficiencies.dialogueFirst':
    'Första steget är dialogen med parten. Registrera att dialogen hållits innan något annat steg.',
  'deficiencies.stepOutOfOrder':
    'Steget kan inte registreras nu. Stegen följer ordningen dialog, krav på åtgärdsplan, åtgärdsplan mottagen, uppföljning och utfall.',
  'deficiencies.stepBeforeFound': 'Steget kan inte ligga före den dag bristen upptäcktes.',
  'deficiencies.stepBeforePrevious': 'Steget kan inte ligga före föregående steg.',
  'deficiencies.planDeadlineRequired': 'Ange sista dag för åtgärdsplanen.',
  'deficiencies.planDeadlineBeforeFound':
    'Sista dag för åtgärdsplanen kan inte ligga före den dag bristen upptäcktes.',
  'deficiencies.planDeadlineBeforeStep':
    'Sista dag för åtgärdsplanen kan inte ligga före den dag planen krävdes.',
  'deficiencies.followUpDateRequired': 'Ange när åtgärdsplanen ska följas upp.',
  'deficiencies.followUpBeforeStep': 'Uppföljningen kan inte ligga före stegets datum.',
  'deficiencies.resultRequired': 'Ange om bristen är åtgärdad eller kvarstår.',
  'deficiencies.decisionRequired':
    'Ange beslutet när bristen kvarstår: utesluta parten, häva överenskommelsen eller fortsätta med en ny åtgärdsplan.',
  'deficiencies.onlyRemediedAfterDialogue':
    'Direkt efter dialogen kan bristen bara registreras som åtgärdad. Kvarstår den ska en åtgärdsplan krävas först.',
  'deficiencies.planNotReceived':
    'Åtgärdsplanen har inte kommit in. Registrera att den tagits emot och följ upp den innan bristen registreras som åtgärdad.',
  'deficiencies.planDeadlineNotPassed':
    'Sista dag för åtgärdsplanen har inte passerat. Att bristen kvarstår utan plan kan registreras först dagen efter.',
  'deficiencies.noSuchCommitment': 'Åtagandet fanns inte i överenskommelsen den dag bristen upptäcktes.',
  'deficiencies.noSuchMeeting': 'Mötet finns inte bland överenskommelsens möten.',
  'deficiencies.meetingOnOtherDay': 'Mötet hölls en annan dag. Datumet ska vara mötets datum.',
  'deficiencies.noticeNotOpen': 'Underrättelsen är redan avslutad.',
  'deficiencies.noticeFromOtherParty': 'Underrättelsen kom från en annan part. Bristen ska gälla samma part.',
  'deficiencies.foundBeforeNotice': 'Bristen kan inte ha upptäckts före underrättelsen den bygger på.',
  'deficiencies.closedBeforeNotice': 'Underrättelsen kan inte avslutas före den dag den kom in.',
} as const;
