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
  'deficiencies.closed': 'The deficiency is closed. Open it again if the outcome was recorded by mistake.',
  'deficiencies.dialogueFirst':
    'The first step is the dialogue with the party. Record that the dialogue was held before any other step.',
  'deficiencies.stepOutOfOrder':
    'This step cannot be recorded now. The steps follow the order dialogue, action plan required, action plan received, follow-up and outcome.',
  'deficiencies.stepBeforeFound': 'The step cannot be dated before the day the deficiency was found.',
  'deficiencies.stepBeforePrevious': 'The step cannot be dated before the previous step.',
  'deficiencies.planDeadlineRequired': 'Enter the last day for the action plan.',
  'deficiencies.planDeadlineBeforeFound':
    'The action plan deadline cannot be before the day the deficiency was found.',
  'deficiencies.planDeadlineBeforeStep':
    'The action plan deadline cannot be before the day the plan was required.',
  'deficiencies.followUpDateRequired': 'Enter when the action plan is to be followed up.',
  'deficiencies.followUpBeforeStep': "The follow-up cannot be before the step's date.",
  'deficiencies.resultRequired': 'State whether the deficiency is remedied or remains.',
  'deficiencies.decisionRequired':
    'State the decision when the deficiency remains: exclude the party, rescind the agreement, or continue with a new action plan.',
  'deficiencies.onlyRemediedAfterDialogue':
    'Right after the dialogue the deficiency can only be recorded as remedied. If it remains, require an action plan first.',
  'deficiencies.planNotReceived':
    'The action plan has not come in. Record it as received and follow it up before recording the deficiency as remedied.',
  'deficiencies.planDeadlineNotPassed':
    'The action plan deadline has not passed. That the deficiency remains without a plan can be recorded from the day after.',
  'deficiencies.noSuchCommitment': 'The commitment was not in the agreement on the day the deficiency was found.',
  'deficiencies.noSuchMeeting': "The meeting is not among the agreement's meetings.",
  'deficiencies.meetingOnOtherDay':
    "The meeting was held on another day. The date must be the meeting's date.",
  'deficiencies.noticeNotOpen': 'The notification is already closed.',
  'deficiencies.noticeFromOtherParty':
    'The notification came from another party. The deficiency must concern the same party.',
  'deficiencies.foundBeforeNotice':
    'The deficiency cannot have been found before the notification it rests on.',
  'deficiencies.closedBeforeNotice': 'The notification cannot be closed before the day it came in.',
};
