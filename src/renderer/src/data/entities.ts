// The kinds of record the renderer's cache holds. Each read channel says which
// kinds its answer shows (read-tags.ts); each mutating channel says which kinds
// it changed or erased (write-effects.ts). A change to a kind refreshes every
// cached answer that shows that kind.
export const entityKinds = [
  'agreement',
  'organisation',
  'programme',
  'group',
  'enrolment',
  'child',
  'guardian',
  'feedback',
  'user',
  'audit',
  'settings',
  'backup',
  'report',
  'erasure',
  'retention',
  'draft',
  'effect',
  'attachment',
  'exchange',
] as const;

export type EntityKind = (typeof entityKinds)[number];

/** What a child's erasure takes with it: the child, its guardians, its enrolments and what hangs on them. */
export const erasedWithChild = [
  'child',
  'guardian',
  'enrolment',
  'feedback',
  'draft',
  'effect',
  'attachment',
] as const satisfies readonly EntityKind[];
