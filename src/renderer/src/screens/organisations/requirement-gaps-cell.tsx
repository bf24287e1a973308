import { Group, Text, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { OrganisationSummary } from '../../../../shared/ipc/organisations';
import { useT } from '../../i18n/use-t';

/** "3 krav ej uppfyllda/okända" for non-profits (icon, colour and words); public bodies have no checklist. */
export function RequirementGapsCell({ organisation }: { organisation: OrganisationSummary }) {
  const t = useT();
  if (organisation.kind !== 'nonprofit') {
    return (
      <Text size="sm">
        <span aria-hidden="true">–</span>
        <VisuallyHidden>{t('organisations.notApplicable')}</VisuallyHidden>
      </Text>
    );
  }
  const gaps = organisation.requirementGaps;
  const ok = gaps === 0;
  const Icon = ok ? IconCircleCheck : IconAlertTriangle;
  return (
    <Group gap={6} wrap="nowrap" className={ok ? 'requirements-met' : 'requirements-gaps'}>
      <Icon size={16} aria-hidden="true" style={{ flexShrink: 0 }} />
      <Text size="sm" fw={600}>
        {ok
          ? t('organisations.noGaps')
          : gaps === 1
            ? t('organisations.gapsOne')
            : t('organisations.gapsMany', { count: gaps })}
      </Text>
    </Group>
  );
}
