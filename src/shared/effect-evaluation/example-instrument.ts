// The example instrument the app ships: a short self-rating of how the child
// feels about their situation, written for this app (no published
// questionnaire's items). Its norm SD and reliability are illustrative
// starting values, not a norm study: an organisation enters the real
// instrument it is licensed to use, with that instrument's own figures.
import type { InstrumentDefinition, InstrumentItem } from './instrument';

const agree = (text: string, reverse = false): InstrumentItem => ({
  text,
  min: 1,
  max: 5,
  minLabel: 'Stämmer inte alls',
  maxLabel: 'Stämmer helt',
  reverse,
  required: true,
});

export const exampleInstrument: InstrumentDefinition = {
  name: 'Hur jag har det (exempel, barnets självskattning)',
  respondent: 'child',
  items: [
    agree('Jag känner mig trygg där jag bor nu.'),
    agree('Jag har någon att prata med när något känns svårt.'),
    agree('Jag förstår varför jag bor i ett familjehem.'),
    agree('Jag känner mig ofta ensam.', true),
    agree('Jag tror att det kommer att gå bra för mig framöver.'),
    agree('Jag går ofta och oroar mig.', true),
  ],
  scales: [
    {
      name: 'Totalt',
      items: [0, 1, 2, 3, 4, 5],
      method: 'sum',
      higherIsBetter: true,
      normSd: 4,
      reliability: 0.8,
    },
    {
      name: 'Trygghet och stöd',
      items: [0, 1],
      method: 'mean',
      higherIsBetter: true,
      normSd: 0.9,
      reliability: 0.7,
    },
  ],
};
