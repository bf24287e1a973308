// What each mutating channel does to the cache on success, by entity kind:
// `changes` refreshes every cached answer showing those kinds (active screens
// refetch at once, the rest on their next use); `erases` drops every cached
// answer showing those kinds from memory before anything is fetched again, so
// erased personal data does not linger in the renderer. Every change also
// refreshes the audit log, which grew by one entry.
//
// Typed over every mutating channel of the contract: a new channel does not
// compile until it says here what it touches.
import { erasedWithChild, entityKinds, type EntityKind } from './entities';
import type { WriteChannel } from './channel-kinds';

export interface WriteEffect {
  changes: readonly EntityKind[];
  erases?: readonly EntityKind[];
}

const agreement: WriteEffect = { changes: ['agreement'] };
const enrolment: WriteEffect = { changes: ['enrolment'] };
const group: WriteEffect = { changes: ['group'] };
const backup: WriteEffect = { changes: ['backup'] };
const user: WriteEffect = { changes: ['user'] };
/** Signing in or out changes no record; the session store empties the cache itself. */
const session: WriteEffect = { changes: [] };
/** A restored backup is another state of the whole register. */
const everything: WriteEffect = { changes: entityKinds, erases: entityKinds };

export const writeEffects = {
  'agreements:closeCircumstanceNotice': agreement,
  'agreements:closeDispute': agreement,
  'agreements:create': agreement,
  'agreements:createFromTemplate': agreement,
  'agreements:deleteAmendment': { changes: ['agreement'], erases: ['attachment'] },
  'agreements:deleteDraft': { changes: ['agreement', 'draft'], erases: ['agreement', 'attachment'] },
  'agreements:generateDocument': agreement,
  'agreements:giveNotice': agreement,
  'agreements:openDispute': agreement,
  'agreements:recordCircumstanceNotice': agreement,
  'agreements:recordDecision': agreement,
  'agreements:recordDeficiency': agreement,
  'agreements:recordDeficiencyStep': agreement,
  'agreements:recordExtensionDecision': agreement,
  'agreements:recordFundsConfirmation': agreement,
  'agreements:recordMeeting': agreement,
  'agreements:recordPayment': agreement,
  'agreements:recordRepayment': agreement,
  'agreements:recordSignature': agreement,
  'agreements:removeFundsConfirmation': agreement,
  'agreements:removeMeeting': { changes: ['agreement'], erases: ['attachment'] },
  'agreements:removePayment': agreement,
  'agreements:saveAmendment': agreement,
  'agreements:setCompleted': agreement,
  'agreements:setDeficiencyOutcome': agreement,
  'agreements:signAmendment': agreement,
  'agreements:transition': agreement,
  'agreements:transitionAmendment': agreement,
  'agreements:update': agreement,
  'agreements:withdrawNotice': agreement,
  'audit:acknowledgeAlerts': { changes: ['audit'] },
  'auth:changePassword': user,
  'auth:lock': session,
  'auth:recover': session,
  'auth:unlock': session,
  'backup:cancel': backup,
  'backup:generateKey': backup,
  'backup:inspect': { changes: [] },
  'backup:setRecipient': backup,
  'backup:startCreate': backup,
  'backup:startFreshRestore': everything,
  'backup:startRestore': everything,
  'backup:startVerify': backup,
  'backup:updateSettings': { changes: ['backup', 'settings'] },
  'children:addConcernReport': { changes: ['child'] },
  'children:create': { changes: ['child', 'guardian'] },
  'children:deleteMistake': { changes: ['child', 'retention', 'erasure', 'report'], erases: erasedWithChild },
  'children:liftProtection': { changes: ['child'] },
  'children:update': { changes: ['child', 'guardian', 'draft'] },
  'drafts:discard': { changes: ['draft'] },
  'drafts:save': { changes: ['draft'] },
  'enrolments:create': enrolment,
  'enrolments:recordChildView': enrolment,
  'enrolments:recordConsent': enrolment,
  'enrolments:recordNotice': enrolment,
  'enrolments:recordPreVisit': enrolment,
  'enrolments:setFee': enrolment,
  'enrolments:transition': enrolment,
  'erasure:erase': {
    changes: ['erasure', 'retention', 'group', 'report'],
    erases: erasedWithChild,
  },
  'erasure:handBack': { changes: ['erasure', 'enrolment'] },
  'feedback:create': { changes: ['feedback'] },
  'feedback:update': { changes: ['feedback'] },
  'installation:setup': session,
  'organisations:create': { changes: ['organisation'] },
  'organisations:delete': { changes: ['organisation', 'draft'], erases: ['organisation'] },
  'organisations:update': { changes: ['organisation'] },
  'programmes:create': { changes: ['programme'] },
  'programmes:update': { changes: ['programme'] },
  'reports:saveActuals': { changes: ['report'] },
  'reports:updateSettings': { changes: ['settings', 'report'] },
  'retention:erase': { changes: ['retention', 'erasure', 'report'], erases: erasedWithChild },
  'retention:updateSettings': { changes: ['settings', 'retention'] },
  'settings:update': { changes: ['settings'] },
  'supportGroups:close': { changes: ['group', 'enrolment'] },
  'supportGroups:create': group,
  'supportGroups:recordAttendance': { changes: ['group', 'enrolment'] },
  'supportGroups:saveSessions': group,
  'supportGroups:update': { changes: ['group', 'draft'] },
  'users:create': user,
  'users:resetPassword': user,
  'users:setDisabled': user,
  'agreements:recordTickOff': agreement,
  'agreements:removeTickOff': agreement,
  'printing:noticeHandedOver': enrolment,
  'import:commit': { changes: ['child', 'guardian', 'organisation', 'enrolment', 'retention'] },
  'effect:createInstrument': { changes: ['effect'] },
  'effect:setProgrammeInstruments': { changes: ['effect', 'programme'] },
  'effect:recordAnswer': { changes: ['effect'] },
  'attachments:add': { changes: ['attachment'] },
  'attachments:remove': { changes: ['attachment'], erases: ['attachment'] },
  'exchange:createIdentity': { changes: ['exchange'] },
  'exchange:rotateIdentity': { changes: ['exchange'] },
  'exchange:importCard': { changes: ['exchange'] },
  'exchange:verifyPartner': { changes: ['exchange'] },
  'exchange:setPartnerDisabled': { changes: ['exchange'] },
  'exchange:linkPartner': { changes: ['exchange'] },
  'exchange:import': { changes: ['exchange', 'child', 'guardian', 'enrolment', 'report'] },
  'exchange:makeReferral': { changes: ['exchange'] },
  'exchange:makeReceipt': { changes: ['exchange'] },
  'exchange:makeRegistrationNotice': { changes: ['exchange', 'enrolment'] },
  'exchange:makeHandBack': { changes: ['exchange', 'erasure', 'enrolment'] },
  'exchange:makeReport': { changes: ['exchange'] },
  'exchange:makeConsentChange': { changes: ['exchange'] },
} as const satisfies Record<WriteChannel, WriteEffect>;

/** What a channel does to the cache: nothing for a read (an export, a reveal). */
export function effectOf(channel: string): WriteEffect {
  const effect = (writeEffects as Record<string, WriteEffect | undefined>)[channel];
  if (!effect) return { changes: [] };
  return effect.changes.length > 0 ? { ...effect, changes: [...effect.changes, 'audit'] } : effect;
}
