// Clause texts of the built-in templates, in the app's own words. They keep
// their placeholders; the text is filled from the data when shown or printed.
import type { Clause } from '../model';

export const clauseTexts = {
  economy: {
    heading: 'Ersättning och betalning',
    text:
      'Parterna finansierar verksamheten tillsammans enligt budgeten i avsnittet Ekonomi. Ett helt år kostar {{årsbelopp}}, fördelat på {{finansiering}}. ' +
      'Pengarna betalas ut {{betalningsvillkor}}. Pengar som inte har använts till verksamheten betalas tillbaka efter en gemensam avstämning.',
  },
  extraIncome: {
    heading: 'Platser för barn från andra kommuner',
    text:
      'Lediga platser får erbjudas barn från andra kommuner mot en ersättning på {{ersättning_per_barn}} per barn. ' +
      'Organisationen redovisar hur många barn det gällt och vad det gett i årsberättelsen, och pengarna används i partnerskapet.',
  },
  period: {
    heading: 'Giltighetstid',
    text: 'Överenskommelsen gäller från och med {{startdatum}} till och med {{slutdatum}}.',
  },
  periodFunds: {
    heading: 'Giltighetstid',
    text:
      'Överenskommelsen gäller från och med {{startdatum}} till och med {{slutdatum}}. ' +
      'För varje år gäller den under förutsättning att pengar för ändamålet beviljas i budgeten.',
  },
  extension: {
    heading: 'Förlängning',
    text:
      'Överenskommelsen upphör vid periodens slut utan att någon behöver säga upp den. Parterna kan tillsammans besluta att förlänga den med högst {{förlängning_år}} år. ' +
      'Ett sådant beslut ska vara fattat senast {{förlängningsbeslut_månader}} månader före slutdatum, det vill säga senast {{förlängningsbeslut_datum}}.',
  },
  notice: {
    heading: 'Uppsägning',
    text:
      'Varje part kan säga upp överenskommelsen {{uppsägningsvillkor}}. Uppsägningen görs skriftligen till {{uppsägning_till}}. ' +
      'Insatser som pågår när uppsägningen lämnas slutförs innan samarbetet upphör.',
  },
  noticeOnBreach: {
    heading: 'Uppsägning',
    text:
      'Om en part inte fullgör sina åtaganden får var och en av de andra parterna säga upp överenskommelsen {{uppsägningsvillkor}}. ' +
      'Uppsägningen görs skriftligen till {{uppsägning_till}}. Insatser som pågår när uppsägningen lämnas slutförs innan samarbetet upphör.',
  },
  renegotiation: {
    heading: 'Omförhandling',
    text:
      'Om förutsättningarna för partnerskapet ändras väsentligt kan varje part begära omförhandling. ' +
      'Parterna träffas då inom rimlig tid för att komma överens om hur samarbetet ska fortsätta.',
  },
  rescission: {
    heading: 'Hävning',
    text:
      'Om en part allvarligt bryter mot överenskommelsen och inte rättar till bristen inom den tid övriga parter anger, får överenskommelsen hävas med omedelbar verkan. ' +
      'Utbetalda pengar som inte motsvaras av utfört arbete betalas då tillbaka.',
  },
  dispute: {
    heading: 'Tvister',
    text: 'Oenighet om hur överenskommelsen ska förstås eller tillämpas löses i första hand genom samtal mellan parterna.',
  },
  amendments: {
    heading: 'Ändringar och tillägg',
    text:
      'Ändringar och tillägg gäller bara om de är skriftliga och undertecknade av behöriga företrädare för samtliga parter. ' +
      'De förvaras tillsammans med överenskommelsen.',
  },
  secrecy: {
    heading: 'Sekretess och personuppgifter',
    text:
      'Personuppgifter hanteras enligt {{dataskyddsregler}}. Bara det som behövs för insatsen dokumenteras, och det förvaras säkert. ' +
      'När insatsen är avslutad gallras uppgifterna eller lämnas tillbaka till socialtjänsten. Parterna lämnar inte uppgifter om ett enskilt barn till varandra utan vårdnadshavarnas samtycke, ' +
      'men den som befarar att ett barn far illa är alltid skyldig att anmäla det till socialtjänsten.',
  },
  changedCircumstances: {
    heading: 'Ändrade förhållanden',
    text: 'En part som får veta något som påverkar vad den har åtagit sig ska genast berätta det för övriga parter.',
  },
  changedCircumstancesSteering: {
    heading: 'Ändrade förhållanden',
    text: 'En part som får veta något som påverkar vad den har åtagit sig ska genast berätta det för styrgruppen.',
  },
  newMembers: {
    heading: 'Nya organisationer',
    text:
      'En idéburen organisation kan ansluta sig till partnerskapet om styrgruppen godkänner det och organisationen godtar alla villkor i överenskommelsen. ' +
      'Organisationens åtaganden och ekonomi beskrivs då i en ny bilaga.',
  },
  shortcomings: {
    heading: 'Brister i åtaganden',
    text:
      'Om en part inte gör det den har åtagit sig tar styrgruppen upp det med parten och kan begära en åtgärdsplan med en tidsgräns. ' +
      'Styrgruppen följer upp planen och kan, om bristerna finns kvar, besluta att parten ska lämna partnerskapet.',
  },
  copies: {
    heading: 'Undertecknande',
    text: 'Överenskommelsen har upprättats i {{antal_exemplar}} likalydande exemplar, ett för varje part.',
  },
} as const satisfies Record<string, Omit<Clause, 'key'>>;

export type ClauseTextKey = keyof typeof clauseTexts;

/** Variants of a clause share the clause's key (`periodFunds` is the `period` clause). */
const variantOf: Partial<Record<ClauseTextKey, ClauseTextKey>> = {
  periodFunds: 'period',
  noticeOnBreach: 'notice',
  changedCircumstancesSteering: 'changedCircumstances',
};

/** Clauses in order; the key is what the template calls the clause. */
export function clauses(keys: readonly ClauseTextKey[]): Clause[] {
  return keys.map((key) => ({ key: variantOf[key] ?? key, ...clauseTexts[key] }));
}
