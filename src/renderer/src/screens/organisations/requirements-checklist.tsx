import { Alert, Fieldset, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useT } from '../../i18n/use-t';
import type { OrganisationFormApi } from './organisation-form-api';
import { requirementGaps, type RequirementValues } from './organisation-form-values';
import { RequirementItem } from './requirement-item';

interface Props extends OrganisationFormApi {
  saved: RequirementValues[];
}

/** The organisation-requirements checklist (non-profit organisations only). */
export function RequirementsChecklist({ form, errorOf, saved }: Props) {
  const t = useT();
  const values = form.getValues();
  const gaps = requirementGaps(values);
  return (
    <Fieldset legend={t('organisationForm.requirements')}>
      <Stack gap="md">
        <Text size="sm">{t('organisationForm.requirementsIntro')}</Text>
        {gaps > 0 ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden="true" />}>
            {gaps === 1
              ? t('organisationForm.requirementsGapsOne')
              : t('organisationForm.requirementsGapsMany', { count: gaps })}
          </Alert>
        ) : (
          <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden="true" />}>
            {t('organisationForm.requirementsAllMet')}
          </Alert>
        )}
        {values.requirements.map((item, index) => (
          <RequirementItem
            key={item.requirement}
            index={index}
            form={form}
            errorOf={errorOf}
            saved={saved.find((s) => s.requirement === item.requirement)}
          />
        ))}
      </Stack>
    </Fieldset>
  );
}
