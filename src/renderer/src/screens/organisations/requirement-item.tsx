import { Fieldset, Group, Radio, Text, TextInput } from '@mantine/core';
import { requirementStatuses } from '../../../../shared/organisations/requirements';
import { useT } from '../../i18n/use-t';
import type { OrganisationFormApi } from './organisation-form-api';
import type { RequirementValues } from './organisation-form-values';
import { RequirementStatusBadge } from './requirement-status-badge';
import { FieldScope, ScopedLabel } from '../../components/field-scope';

interface Props extends OrganisationFormApi {
  index: number;
  /** The item as main has it, to tell whether the user changed it. */
  saved: RequirementValues | undefined;
}

/** One checklist item: its own group, named by the requirement, with assessment, comment, date and who checked it. */
export function RequirementItem({ form, errorOf, index, saved }: Props) {
  const t = useT();
  const item = form.getValues().requirements[index];
  if (!item) return null;
  const path = (field: string) => `requirements.${index}.${field}`;
  const changed =
    !saved ||
    saved.status !== item.status ||
    saved.comment !== item.comment ||
    saved.checkedOn !== item.checkedOn;
  const touched = item.status !== 'unknown' || item.comment !== '' || item.checkedOn !== '';
  const checkedBy =
    changed && touched
      ? t('organisationForm.checkedByOnSave')
      : (item.checkedBy ?? t('organisationForm.checkedByNobody'));

  return (
    <Fieldset
      className="requirement-item"
      data-status={item.status}
      legend={`${index + 1}. ${t(`requirement.${item.requirement}`)}`}
    >
      <FieldScope name={t(`requirement.${item.requirement}`)}>
        <Group justify="space-between" align="flex-start">
          <Radio.Group
            label={<ScopedLabel>{t('organisationForm.requirementStatus')}</ScopedLabel>}
            {...form.getInputProps(path('status'))}
            error={errorOf(path('status'))}
          >
            <Group mt={8} gap="lg">
              {requirementStatuses.map((status) => (
                <Radio key={status} value={status} label={t(`requirementStatus.${status}`)} />
              ))}
            </Group>
          </Radio.Group>
          <RequirementStatusBadge status={item.status} />
        </Group>
        <Group align="flex-start" mt="sm" gap="md">
          <TextInput
            label={<ScopedLabel>{t('organisationForm.comment')}</ScopedLabel>}
            autoComplete="off"
            className="requirement-comment"
            {...form.getInputProps(path('comment'))}
            error={errorOf(path('comment'))}
          />
          <TextInput
            label={<ScopedLabel>{t('organisationForm.checkedOn')}</ScopedLabel>}
            description={t('organisationForm.checkedOnHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            autoComplete="off"
            w={208}
            {...form.getInputProps(path('checkedOn'))}
            error={errorOf(path('checkedOn'))}
          />
        </Group>
        <Text size="sm" mt="sm">
          <Text span fw={600} size="sm">
            {t('organisationForm.checkedBy')}:
          </Text>{' '}
          {checkedBy}
        </Text>
      </FieldScope>
    </Fieldset>
  );
}
