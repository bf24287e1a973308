// English texts for effect evaluation (spread into en.ts).
import type { effectSv } from './effect-sv';

export const effectEn: Record<keyof typeof effectSv, string> = {
  'effect.notInProgramme':
    'The programme does not use this instrument. Choose the instrument for the programme first. Nothing was saved.',
  'effect.noFollowUp': 'The programme has no follow-up with this instrument. Nothing was saved.',
  'effect.beforeExists':
    'There are already "before" answers for this participant and instrument. Before answers can only be recorded once. Nothing was saved.',
  'effect.afterExists':
    'There are already "after" answers for this participant and instrument. Nothing was saved.',
  'effect.followUpExists':
    'There are already follow-up answers for this participant and instrument. Nothing was saved.',
  'effect.outOfScale':
    "The answer is outside the item's scale. Enter a whole number between the scale's lowest and highest value.",
  'effect.itemRequired': 'This item must be answered.',
  'effect.itemCount': "The answers do not match the instrument's items. Reload and try again.",
  'effect.scaleOrder': "The scale's highest value must be greater than its lowest.",
  'effect.scaleItems': 'Choose at least one item, only items of the instrument, each once.',
  'effect.normSd': "Enter the norm group's standard deviation, a number greater than 0.",
  'effect.reliability': 'Enter the reliability as a number from 0 to 0.99.',
  'effect.noItems': 'The instrument must have at least one item.',
  'effect.noScales': 'The instrument must have at least one total or subscale.',
  'effect.nameTaken': 'The organisation already has an instrument with that name.',
  'effect.chosenTwice': 'The instrument is already chosen for the programme.',
};
