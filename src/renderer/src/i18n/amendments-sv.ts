// Swedish UI texts of an agreement's life after the decision: amendments
// (tilläggsavtal), extension, notice of the whole agreement or one party, and
// the agreement shown as in force on a date (spread into sv.ts). English in
// amendments-en.ts has the same keys.
export const amendmentsSv = {
  'agreement.tabAmendments': 'Ändringar',
  'editor.laterTitle': 'Överenskommelsen är beslutad',
  'editor.amendTerms': 'Ändra villkor genom tilläggsavtal',

  // The history
  'amendments.title': 'Ändringar och tilläggsavtal',
  'amendments.intro':
    'Efter beslutet ändras överenskommelsens villkor bara genom tilläggsavtal. Ett tilläggsavtal beslutas, undertecknas av de parter det berör och sätts sedan i kraft. Först då ändras överenskommelsen.',
  'amendments.new': 'Nytt tilläggsavtal',
  'amendments.editDraft': 'Tilläggsavtal {n} (utkast)',
  'amendments.history': 'Överenskommelsens historik',
  'amendments.original': 'Ursprunglig överenskommelse',
  'amendments.notDecided': 'Inte beslutad ännu.',
  'amendments.originalPeriod': 'Ursprunglig period: {start} – {end}.',
  'amendments.none': 'Inga tilläggsavtal ännu.',
  'amendments.closed': 'Tilläggsavtal kan inte göras när överenskommelsen har upphört eller hävts.',
  'amendments.asOfReadOnly':
    'Du ser överenskommelsen som den gällde den {date}. Välj ”Visa idag” för att göra ändringar.',
  'amendments.notExtendedTitle': 'Beslut att inte förlänga',
  'amendments.notExtendedInfo': 'Beslutat den {date} att inte förlänga överenskommelsen efter {end}.',

  // One amendment
  'amendment.title': 'Tilläggsavtal {n}',
  'amendment.status.draft': 'Utkast',
  'amendment.status.decided': 'Beslutad',
  'amendment.status.signed': 'Undertecknad',
  'amendment.status.inForce': 'Gällande',
  'amendment.effectiveInfo': 'Gäller från {date}.',
  'amendment.decidedByBoard': 'Beslutas av nämnden.',
  'amendment.decidedByDelegation': 'Beslutas av förvaltningschefen på delegation.',
  'amendment.decisionInfo': 'Beslutat av {body} den {date}, {paragraph}.',
  'amendment.extensionInfo': 'Förlänger överenskommelsen från {end} till {newEnd}.',
  'amendment.inForceInfo': 'Satt i kraft den {date}.',
  'amendment.changes': 'Det här ändras ({count|# avsnitt|# avsnitt}):',
  'amendment.signatures': 'Underskrifter av berörda parter',
  'amendment.recorded': 'Överfört från den tidigare listan över ändringar. Undertecknat av: {signedBy}.',
  'amendment.requirementGaps': 'Krav som inte är uppfyllda eller kontrollerade för {name}:',
  'amendment.blocked': 'Det här hindrar nästa steg:',
  'amendment.recordDecision': 'Registrera beslut',
  'amendment.edit': 'Ändra utkastet',
  'amendment.delete': 'Ta bort utkastet',
  'amendment.deleteTitle': 'Ta bort tilläggsavtal {n}?',
  'amendment.deleteText': 'Utkastet tas bort. Överenskommelsen påverkas inte.',
  'amendment.putInForce': 'Sätt i kraft',
  'amendment.inForceTitle': 'Sätta tilläggsavtal {n} i kraft?',
  'amendment.inForceText':
    'Överenskommelsen ändras enligt tilläggsavtalet från den {date}. Det kan inte ångras: en senare ändring kräver ett nytt tilläggsavtal.',
  'amendment.inForceSections': 'Avsnitt som ändras: {sections}.',
  'amendment.nowInForce': 'Tilläggsavtal {n} gäller nu.',
  'amendment.decisionTitle': 'Beslut om tilläggsavtal {n}',
  'amendment.decisionByBoard': 'Tilläggsavtalet beslutas av nämnden.',
  'amendment.decisionByDelegation': 'Tilläggsavtalet beslutas av förvaltningschefen på delegation.',
  'amendment.delegate': 'Förvaltningschef',
  'amendment.delegateTitle': 'Beslutsfattare (titel)',
  'amendment.decided': 'Tilläggsavtal {n} är beslutat.',
  'amendment.recordSignature': 'Registrera underskrift av tilläggsavtal {n}',

  // The editor in amendment mode
  'amendment.editorTitle': 'Du skriver ett tilläggsavtal',
  'amendment.editorIntro':
    'Fyll i tilläggsavtalet och ändra villkoren nedan så som de ska lyda när det gäller. Ingenting ändras i överenskommelsen förrän tilläggsavtalet är beslutat, undertecknat och satt i kraft.',
  'amendment.header': 'Tilläggsavtal',
  'amendment.registrationNumber': 'Diarienummer för tilläggsavtalet',
  'amendment.registrationNumberHint': 'Kan fyllas i senare.',
  'amendment.effectiveFrom': 'Gäller från',
  'amendment.reason': 'Skäl till ändringen',
  'amendment.reasonHint':
    'Skrivs i tilläggsavtalet, till exempel ”Förlängning enligt avsnittet om förlängning”.',
  'amendment.decider': 'Beslutas av',
  'amendment.deciderBoard': 'Nämnden',
  'amendment.deciderDelegation': 'Förvaltningschefen på delegation',
  'amendment.extensionLimit':
    'Nuvarande slutdatum är {end}. Överenskommelsen kan som längst förlängas till {max}.',
  'amendment.concerned': 'Parter som berörs och undertecknar',
  'amendment.concernedHint':
    'Alla parter är markerade. Varje offentlig part och varje part som tillkommer eller lämnar måste underteckna.',
  'amendment.joiningParty': '{name} (ansluter)',
  'amendment.acceptsTerms': '{name} accepterar alla villkor i partnerskapet',
  'amendment.save': 'Spara utkast till tilläggsavtal',
  'amendment.saved': 'Utkastet till tilläggsavtal är sparat.',
  'amendment.notSaved': 'Tilläggsavtalet sparades inte',
  'amendment.extensionReason': 'Förlängning av överenskommelsen enligt avsnittet om förlängning.',

  // Period, extension and parties on the summary
  'period.title': 'Period och parter',
  'period.inForce': 'Gäller {start} – {end}.',
  'period.originalEnd': 'Ursprungligt slutdatum: {end}.',
  'period.endsEarlier': 'Överenskommelsen upphör {end} efter uppsägning.',
  'period.extendable': 'Kan förlängas till som längst {max}.',
  'period.fullyExtended': 'Förlängd så långt villkoren tillåter ({max}).',
  'period.extensionDecided': 'Beslut om förlängning är taget för slutdatumet {end}.',
  'period.extend': 'Förläng',
  'period.notExtend': 'Beslut att inte förlänga',
  'period.notExtendTitle': 'Beslut att inte förlänga',
  'period.notExtendText':
    'Registrera beslutet att inte förlänga överenskommelsen. Den upphör då {end} och påminnelsen om förlängning stängs.',
  'period.notExtendSave': 'Registrera beslutet',
  'period.notExtendSaved': 'Beslutet att inte förlänga är registrerat.',
  'period.decidedOn': 'Beslutsdatum',
  'period.note': 'Kommentar',
  'period.parties': 'Parter',
  'period.partyLeaves': 'lämnar överenskommelsen {date}',
  'period.partyLeft': 'lämnade överenskommelsen {date}',

  // Notice
  'notice.title': 'Uppsägning',
  'notice.scope': 'Vad sägs upp?',
  'notice.scopeAgreement': 'Hela överenskommelsen (alla parter)',
  'notice.scopeParty': 'En part lämnar, de andra fortsätter',
  'notice.leavingParty': 'Part som lämnar',
  'notice.terms': 'Uppsägningstiden är {months|# månad|# månader} efter skriftlig uppsägning till {to}.',
  'notice.theParties': 'de andra parterna',
  'notice.noPeriod':
    'Överenskommelsen har ingen uppsägningstid: den upphör när grupper som redan pågår är klara.',
  'notice.noTerms': 'Överenskommelsen saknar villkor om uppsägning och kan inte sägas upp.',
  'notice.next': 'Fortsätt',
  'notice.back': 'Tillbaka',
  'notice.confirmTitle': 'En uppsägning binder',
  'notice.confirmAgreement': '{name} säger upp hela överenskommelsen den {date}.',
  'notice.confirmParty': '{name} säger upp sitt deltagande den {date}. De andra parterna fortsätter.',
  'notice.confirmEndsAgreement':
    'Uppsägningstiden är {months|# månad|# månader}: överenskommelsen upphör {end} för alla parter.',
  'notice.confirmEndsParty':
    'Uppsägningstiden är {months|# månad|# månader}: {name} lämnar {end}. Partens bilaga, åtaganden, utbetalningar och platser i styrgrupper upphör då.',
  'notice.confirmNoTerms': 'Överenskommelsen saknar villkor om uppsägning.',
  'notice.confirmGroups':
    'Grupper som redan har börjat genomförs: slutdatumet flyttas till gruppens sista träff.',
  'notice.confirmBinding':
    'När uppsägningen är registrerad kan den bara återtas om de andra parterna samtycker. En felregistrering kan ångras samma dag.',
  'notice.confirm': 'Registrera uppsägningen',
  'notice.saved': 'Uppsägningen av överenskommelsen är registrerad.',
  'notice.partySaved': 'Uppsägningen är registrerad. {name} lämnar överenskommelsen.',
  'notice.listTitle': 'Uppsägningar',
  'notice.agreementGiven': '{name} sade upp hela överenskommelsen den {date}.',
  'notice.partyGiven': '{name} sade upp sitt deltagande den {date}.',
  'notice.periodEnds': 'Uppsägningstiden ({months|# månad|# månader}) löper ut {end}.',
  'notice.periodNone': 'Ingen uppsägningstid: upphör {end} om inga grupper pågår.',
  'notice.agreementEnds': 'Överenskommelsen upphör {date}.',
  'notice.agreementEnded': 'Överenskommelsen upphörde {date}.',
  'notice.partyLeaves': '{name} lämnar överenskommelsen {date}.',
  'notice.partyLeft': '{name} lämnade överenskommelsen {date}.',
  'notice.heldOpen': 'Slutdatumet hålls öppet av grupper som pågår:',
  'notice.holdingGroup': '{name} (startade {start}, sista träff {last})',
  'notice.withdrawAgreed': 'Återta (parterna är överens)',
  'notice.undoMistake': 'Ångra felregistrering',
  'notice.withdrawTitle': 'Återta uppsägningen',
  'notice.withdrawText': 'En uppsägning binder. Den kan återtas bara om de andra parterna samtycker.',
  'notice.agreedNote': 'De andra parternas samtycke',
  'notice.agreedNoteHint': 'Vem samtyckte, när, och var det finns dokumenterat.',
  'notice.undoTitle': 'Ångra felregistrerad uppsägning',
  'notice.undoText':
    'Uppsägningen registrerades i dag och kan ångras som en felregistrering. Ångringen loggas.',
  'notice.undoNote': 'Skäl',
  'notice.withdrawn': 'Uppsägningen är återtagen.',
  'notice.withdrawnAgreed': 'Återtagen den {date} med de andra parternas samtycke:',
  'notice.withdrawnMistake': 'Ångrad som felregistrering den {date}:',

  // Shown as in force on a date
  'diff.foldedOne': '⋯ 1 oförändrad rad',
  'diff.folded': '⋯ {count|# oförändrad rad|# oförändrade rader}',

  'asOf.label': 'Visa som gällande den',
  'asOf.hintChanges': 'ÅÅÅÅ-MM-DD. Överenskommelsen ändrades: {dates}.',
  'asOf.show': 'Visa',
  'asOf.showing': 'Visar överenskommelsen som den gällde den {date}',
  'asOf.showingText':
    'Villkor, parter, ekonomi och kalender är de som gällde då. Inget kan ändras i den här vyn.',
  'asOf.today': 'Visa idag',
} as const;
