// Swedish texts for commitments that can be followed up (spread into sv.ts; English in commitments-en.ts).
export const commitmentsSv = {
  'commitments.targetNotWhole': 'Målet ska vara ett heltal, till exempel 4.',
  'commitments.targetNegative': 'Målet kan inte vara negativt.',
  'commitments.targetRequired': 'Ange ett mål för ett återkommande åtagande.',
  'commitments.targetOnlyRecurring': 'Bara ett återkommande åtagande har ett mål per period.',
  'commitments.dueDateRequired': 'Ange när ett engångsåtagande ska vara klart.',
  'commitments.dueDateOnlyOneOff': 'Bara ett engångsåtagande har ett slutdatum.',
  'commitments.toleranceOnlyAbout': 'En marginal gäller bara ett mål som är ”cirka”.',
  'commitments.noSuchAppendix': 'Bilagan finns inte i överenskommelsen.',
  'commitments.appendixOfOtherParty': 'Bilagan hör till en annan part än åtagandet.',
  'commitments.tickOffInFuture': 'Datumet kan inte ligga i framtiden. Bocka av det som redan är gjort.',
  'commitments.tickOffBeforeStart': 'Datumet ligger före överenskommelsens start.',
  'commitments.unknown': 'Åtagandet finns inte i överenskommelsen.',
  'commitments.counted': 'Åtagandet räknas från stödgruppernas uppgifter och bockas inte av för hand.',
  'commitments.tickOffNotFound': 'Avbockningen finns inte (den kan redan ha tagits bort).',
  'commitments.tickOffOfOtherAgreement': 'Avbockningen hör till en annan överenskommelse och kan inte tas bort här.',
} as const;
