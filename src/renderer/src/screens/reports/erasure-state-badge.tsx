import { Badge } from '@mantine/core';
import type { ErasureGroup } from '../../../../shared/ipc/erasure';
import { useT } from '../../i18n/use-t';

const colors = { later: 'gray', due: 'yellow', overdue: 'red' } as const;

/** I god tid / Snart / Försenad, in words (the colour only repeats it). */
export function ErasureStateBadge({ state }: { state: ErasureGroup['state'] }) {
  const t = useT();
  return (
    <Badge color={colors[state]} variant={state === 'overdue' ? 'filled' : 'light'}>
      {t(`erasure.state.${state}`)}
    </Badge>
  );
}
