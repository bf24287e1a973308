// Swedish texts for effect evaluation (spread into sv.ts; English in effect-en.ts).
export const effectSv = {
  'effect.notInProgramme':
    'Programmet använder inte det här mätinstrumentet. Välj instrumentet för programmet först. Inget sparades.',
  'effect.noFollowUp': 'Programmet har ingen uppföljning med det här instrumentet. Inget sparades.',
  'effect.beforeExists':
    'Det finns redan svar ”före” för den här deltagaren och det här instrumentet. Ett svar före kan bara registreras en gång. Inget sparades.',
  'effect.afterExists':
    'Det finns redan svar ”efter” för den här deltagaren och det här instrumentet. Inget sparades.',
  'effect.followUpExists':
    'Det finns redan svar vid uppföljningen för den här deltagaren och det här instrumentet. Inget sparades.',
  'effect.outOfScale':
    'Svaret ligger utanför frågans skala. Ange ett heltal mellan skalans lägsta och högsta värde.',
  'effect.itemRequired': 'Frågan måste besvaras.',
  'effect.itemCount': 'Svaren stämmer inte med instrumentets frågor. Ladda om och försök igen.',
  'effect.scaleOrder': 'Skalans högsta värde måste vara större än det lägsta.',
  'effect.scaleItems': 'Välj minst en fråga, och bara frågor som finns i instrumentet, en gång var.',
  'effect.normSd': 'Ange normgruppens standardavvikelse, ett tal större än 0.',
  'effect.reliability': 'Ange reliabiliteten som ett tal från 0 till 0,99.',
  'effect.noItems': 'Instrumentet måste ha minst en fråga.',
  'effect.noScales': 'Instrumentet måste ha minst en summa eller delskala.',
  'effect.nameTaken': 'Organisationen har redan ett instrument med det namnet.',
  'effect.chosenTwice': 'Instrumentet är redan valt för programmet.',
};
