// What each read channel's answer shows, by entity kind. The cache tags every
// answer with these, so a mutation that changes a kind refreshes exactly the
// answers that show it. Typed over every read channel of the contract: a new
// read channel does not compile until it is listed here.
//
// 'uncached' marks reads that are actions, not data to keep: an audited reveal
// of protected details, exports, file choosers, suggested passphrases, and the
// installation's status (the session store's own). They are called through
// useApiMutation and never enter the cache.
import type { EntityKind } from './entities';
import type { ReadChannel } from './channel-kinds';

type ReadTags = readonly EntityKind[] | 'uncached';

const agreementPage = ['agreement', 'organisation', 'programme', 'group'] as const;
const childRecord = ['child', 'guardian', 'enrolment', 'group', 'programme'] as const;
const enrolmentRecord = ['enrolment', 'child', 'guardian', 'group', 'programme', 'agreement'] as const;
const groupRecord = ['group', 'enrolment', 'child', 'programme', 'agreement', 'feedback'] as const;
const erasureView = ['erasure', 'group', 'enrolment', 'child', 'programme', 'agreement'] as const;
const reportView = [
  'report',
  'agreement',
  'organisation',
  'programme',
  'group',
  'enrolment',
  'child',
  'settings',
] as const;

export const readTags = {
  'agreements:circumstanceNotices': ['agreement'],
  'agreements:dashboard': ['agreement', 'organisation', 'group', 'enrolment', 'report'],
  'agreements:deficiencies': ['agreement'],
  'agreements:diff': ['agreement'],
  'agreements:disputes': ['agreement'],
  'agreements:exportCalendar': 'uncached',
  'agreements:get': agreementPage,
  'agreements:list': agreementPage,
  'agreements:proposeRepayment': ['agreement'],
  'agreements:repayments': ['agreement'],
  'agreements:revisions': ['agreement'],
  'audit:exportCsv': 'uncached',
  'audit:head': ['audit'],
  'audit:list': ['audit', 'user'],
  'audit:verify': ['audit'],
  'auth:alerts': ['audit'],
  'auth:users': ['user'],
  'backup:job': ['backup'],
  'backup:list': ['backup'],
  'backup:status': ['backup', 'settings'],
  'backup:suggestPassphrase': 'uncached',
  'children:districts': ['child'],
  'children:get': childRecord,
  'children:list': childRecord,
  'children:reveal': 'uncached',
  'drafts:get': ['draft'],
  'drafts:list': ['draft'],
  'enrolments:attention': enrolmentRecord,
  'enrolments:byDistrict': enrolmentRecord,
  'enrolments:get': [...enrolmentRecord, 'feedback'],
  'enrolments:waitingList': enrolmentRecord,
  'erasure:overview': erasureView,
  'erasure:suggestPassphrase': 'uncached',
  'erasure:summary': erasureView,
  'feedback:list': ['feedback', 'enrolment', 'child', 'group', 'programme'],
  'files:chooseFile': 'uncached',
  'files:chooseFolder': 'uncached',
  'installation:status': 'uncached',
  'organisations:get': ['organisation', 'agreement'],
  'organisations:list': ['organisation', 'agreement'],
  'programmes:count': ['programme'],
  'programmes:get': ['programme', 'agreement', 'group'],
  'programmes:list': ['programme', 'agreement', 'group'],
  'reports:agreements': reportView,
  'reports:export': 'uncached',
  'reports:get': reportView,
  'reports:getActuals': reportView,
  'reports:getSettings': ['settings', 'report'],
  'retention:settings': ['settings', 'retention'],
  'retention:summary': ['retention', 'enrolment', 'child', 'guardian', 'programme', 'settings'],
  'settings:get': ['settings'],
  'supportGroups:get': groupRecord,
  'supportGroups:list': groupRecord,
  'users:list': ['user'],
  'agreements:commitmentStatuses': ['agreement', 'group', 'enrolment'],
  'agreements:tickOffs': ['agreement'],
  'printing:print': 'uncached',
  'printing:printRevealed': 'uncached',
  'import:open': 'uncached',
  'import:preview': 'uncached',
  'import:progress': 'uncached',
  'import:cancel': 'uncached',
  'import:exportSkipped': 'uncached',
  'import:close': 'uncached',
  'effect:instruments': ['effect', 'organisation'],
  'effect:programmeInstruments': ['effect', 'programme'],
  'effect:groupAnswers': ['effect', 'group', 'enrolment', 'child'],
  'effect:answers': ['effect', 'enrolment'],
  'effect:results': ['effect', 'report', 'group', 'programme', 'agreement', 'settings'],
  'attachments:list': ['attachment'],
  'attachments:saveCopy': 'uncached',
  'attachments:view': 'uncached',
  'exchange:identity': ['exchange'],
  'exchange:exportCard': 'uncached',
  'exchange:printCard': 'uncached',
  'exchange:previewCard': 'uncached',
  'exchange:partners': ['exchange', 'organisation'],
  'exchange:open': 'uncached',
  'exchange:packages': ['exchange'],
  'exchange:receivedFiles': ['exchange'],
  'exchange:saveReceivedFile': 'uncached',
  'exchange:childPackages': ['exchange', 'child'],
  'exchange:receivedReports': ['exchange'],
  'exchange:receivedReport': ['exchange'],
} as const satisfies Record<ReadChannel, ReadTags>;

/** The read channels whose answers the cache keeps. */
export type CachedChannel = {
  [C in ReadChannel]: (typeof readTags)[C] extends 'uncached' ? never : C;
}[ReadChannel];

export function isCachedChannel(channel: string): channel is CachedChannel {
  const tags = (readTags as Record<string, ReadTags | undefined>)[channel];
  return tags !== undefined && tags !== 'uncached';
}

/** The kinds a cached channel's answer shows. */
export function tagsOf(channel: CachedChannel): readonly EntityKind[] {
  return readTags[channel];
}
