// English texts for deficiencies, disputes, repayments and the boards' decisions.
import type { deficienciesSv } from './deficiencies-sv';

export const deficienciesEn: Record<keyof typeof deficienciesSv, string> = {
  'agreements.notInForce':
    'This is only possible while the agreement binds the parties: when it is signed, active or under notice.',
  'deficiencies.groundsRescission':
    'The rescission rests on this deficiency. Its outcome can no longer change.',
  'deficiencies.deadlineBeforeFound':
    'The remedy deadline cannot be before the day the deficiency was found.',
  'deficiencies.outcomeDateRequired': 'Enter the date of the outcome.',
  'deficiencies.outcomeBeforeFound': 'The outcome cannot be dated before the day the deficiency was found.',
  'deficiencies.notRemediedBeforeDeadline':
    'That the deficiency was not remedied can be recorded only once the remedy period is over, the day after the deadline.',
  'rescission.deficiencyRequired':
    'Choose the deficiency the rescission rests on. Record it under Deficiencies and disputes if it is missing.',
  'rescission.deadlineNotPassed':
    'The remedy period is not over. The agreement can be rescinded from the day after the remedy deadline.',
  'rescission.deficiencyRemedied': 'The deficiency was remedied and cannot ground a rescission.',
  'disputes.termsDoNotEnd':
    'Under its terms this agreement does not end when the dialogue fails. Close the dispute as resolved, or rescind after a deficiency.',
  'disputes.alreadyClosed': 'The dispute is already closed.',
  'disputes.closedBeforeOpened': 'The dispute cannot be closed before the day it was opened.',
  'disputes.unknown': 'The dispute is not one of this agreement’s.',
  'decisions.notPublicParty': 'The decision must be a public party’s.',
  'decisions.whichBoard': 'Choose which public party’s board decided.',
  'decisions.othersMissing':
    'Not every public party’s board has decided yet. Record the other decisions first.',
  'repayments.alreadyRecorded': 'A repayment is already recorded between these parties.',
  'repayments.noSuchShare': 'The party has paid nothing to the recipient under this agreement.',
  'repayments.dueBeforeAsOf': 'The repayment cannot fall due before the settlement date.',
  'repayments.reasonRequired': 'Give the reason when the amount differs from the proposal.',
};
