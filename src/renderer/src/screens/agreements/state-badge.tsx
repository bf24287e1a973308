import { Badge } from '@mantine/core';
import type { CalendarItemState } from '../../../../shared/agreements/calendar';
import type { UiKey } from '../../i18n/translate';
import { useT } from '../../i18n/use-t';

// Base colour names: the theme gives their light variant text an AA contrast.
const look: Record<CalendarItemState, { color: string; variant: 'light' | 'outline' }> = {
  done: { color: 'green', variant: 'light' },
  overdue: { color: 'red', variant: 'light' },
  due: { color: 'orange', variant: 'light' },
  later: { color: 'dark', variant: 'outline' },
  past: { color: 'dark', variant: 'outline' },
};

/** A deadline's state in words (never colour alone). */
export function StateBadge({ state }: { state: CalendarItemState }) {
  const t = useT();
  return (
    <Badge color={look[state].color} variant={look[state].variant} radius="sm">
      {t(`calendar.state.${state}` as UiKey)}
    </Badge>
  );
}
