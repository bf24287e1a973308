import { Badge } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconHelpCircle } from '@tabler/icons-react';
import type { RequirementStatus } from '../../../../shared/organisations/requirements';
import { useT } from '../../i18n/use-t';

const look = {
  met: { color: 'green', Icon: IconCheck },
  notMet: { color: 'red', Icon: IconAlertTriangle },
  unknown: { color: 'orange', Icon: IconHelpCircle },
} as const;

/** Colour, icon and word together: the status never rests on colour alone. */
export function RequirementStatusBadge({ status }: { status: RequirementStatus }) {
  const t = useT();
  const { color, Icon } = look[status];
  return (
    <Badge color={color} variant="light" size="lg" leftSection={<Icon size={14} aria-hidden="true" />}>
      {t(`requirementStatus.${status}`)}
    </Badge>
  );
}
