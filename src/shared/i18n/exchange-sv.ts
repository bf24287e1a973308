// Swedish texts for the partner exchange (spread into sv.ts; English in exchange-en.ts).
export const exchangeSv = {
  'exchange.noIdentity':
    'Installationen har ingen utbytesidentitet ännu. En administratör skapar den under Administration → Partnerutbyte.',
  'exchange.identityExists': 'Installationen har redan en utbytesidentitet. Byt nycklar i stället om de behöver ersättas.',
  'exchange.notCard': 'Filen är inte ett giltigt kontaktkort, eller så stämmer inte kortets underskrift. Inget har ändrats.',
  'exchange.ownCard': 'Det här är den här installationens eget kontaktkort. Importera partnerns kort.',
  'exchange.cardKnown': 'Kontaktkortet är redan importerat. Inget har ändrats.',
  'exchange.fingerprintMismatch':
    'Fingeravtrycket stämmer inte med kortet. Lita inte på kortet: kontakta partnern på ett känt telefonnummer och jämför igen.',
  'exchange.partnerNotVerified':
    'Partnerns fingeravtryck har inte jämförts ännu. En administratör jämför det med partnern per telefon innan paket kan tas emot eller skickas. Inget har ändrats.',
  'exchange.partnerDisabled': 'Partnern är avstängd. Inga paket tas emot från eller skapas till den. Inget har ändrats.',
  'exchange.unknownSender':
    'Paketet kommer från en avsändare som inte finns i partnerregistret. Inget har ändrats. Be en administratör importera avsändarens kontaktkort först.',
  'exchange.badSignature':
    'Paketets underskrift stämmer inte med avsändarens nyckel. Det kan vara förfalskat. Inget har ändrats.',
  'exchange.notForUs':
    'Paketet är inte adresserat till den här installationen och kan inte öppnas här. Inget har ändrats.',
  'exchange.expired': 'Paketet har gått ut och kan inte importeras. Be avsändaren skapa ett nytt. Inget har ändrats.',
  'exchange.alreadyImported': 'Paketet är redan importerat. Inget har ändrats.',
  'exchange.damaged':
    'Filen är skadad, avkortad eller ändrad efter att den skapades och kan inte öppnas. Be avsändaren skicka den igen. Inget har ändrats.',
  'exchange.tooLarge': 'Filen är större än 100 MB och öppnas inte. Inget har ändrats.',
  'exchange.wrongKindForRole':
    'Din roll får inte importera den här sortens paket. En koordinator importerar anmälningar och samtyckesändringar; en handläggare importerar besked. Inget har ändrats.',
  'exchange.unknownProgramme':
    'Anmälan gäller en insats som inte finns här ({programme}). Välj vilken insats barnet ska anmälas till och importera igen. Inget har ändrats.',
  'exchange.referralNeedsConsent':
    'Anmälan nummer {number} kan inte skapas: samtycke till att lämna uppgifter saknas från den eller dem som ska samtycka. Under LVU, och för den som fyllt 18 och själv samtyckt, behövs inget samtycke från vårdnadshavare.',
  'exchange.referralNeedsBirthYear': 'Anmälan nummer {number} kan inte skapas: barnets födelseår saknas i registret.',
  'exchange.fileUnavailable': 'Filen kunde inte läsas. Kontrollera att den finns och försök igen.',
  'exchange.writeFailed': 'Filen kunde inte sparas i den valda mappen. Inget har ändrats. Välj en annan mapp.',
  'exchange.unknownSubject':
    'Paketet gäller ett barn som inte har anmälts via den här partnern. Inget har ändrats.',
  'exchange.notAnswered': 'Kvittensen gäller ett paket som inte har skickats härifrån till den här partnern. Inget har ändrats.',
  'exchange.notReferredByPartner': 'Barnet har inte anmälts via den här partnern.',
};
