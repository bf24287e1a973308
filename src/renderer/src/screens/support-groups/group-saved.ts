// What the notice says after the group form is saved: the schedule is only
// said to be made when it was (a new group, or a new start that regenerated
// it) — never after a status change or a new name (issue 11).
import type { Group } from '../../../../shared/ipc/support-groups';

export type GroupSavedKey = 'groupForm.created' | 'groupForm.savedNewSchedule' | 'groupForm.saved';

export function groupSavedKey(
  before: Pick<Group, 'sessions'> | null,
  after: Pick<Group, 'sessions'>,
): GroupSavedKey {
  if (!before) return 'groupForm.created';
  const ids = (g: Pick<Group, 'sessions'>) => g.sessions.map((s) => s.id).join(',');
  return ids(before) === ids(after) ? 'groupForm.saved' : 'groupForm.savedNewSchedule';
}
