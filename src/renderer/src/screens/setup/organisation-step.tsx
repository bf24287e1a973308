import { Button, Group, Stack, TextInput, Title } from '@mantine/core';
import type { FormEvent } from 'react';
import type { FieldErrors } from '../../api/zod-fields';
import { useFormErrors } from '../../components/use-form-errors';
import { useFieldError } from '../../components/use-field-error';
import { useT } from '../../i18n/use-t';
import { organisationStepErrors, type SetupValues } from './setup-values';

interface Props {
  values: SetupValues;
  /** Field errors main sent back for this step. */
  serverErrors?: FieldErrors;
  onChange(values: Partial<SetupValues>): void;
  onNext(): void;
}

export function OrganisationStep({ values, serverErrors, onChange, onNext }: Props) {
  const t = useT();
  const { errors, setErrors, clear } = useFormErrors();
  const fieldError = useFieldError({ ...serverErrors, ...errors });

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = organisationStepErrors(values);
    setErrors(found);
    if (Object.keys(found).length === 0) onNext();
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Title order={2} size="h3" tabIndex={-1} data-step-heading>
          {t('setup.organisationHeading')}
        </Title>
        <TextInput
          label={t('setup.organisationName')}
          description={t('setup.organisationNameHint')}
          value={values.organisationName}
          onChange={(e) => {
            onChange({ organisationName: e.currentTarget.value });
            clear('organisationName');
          }}
          error={fieldError('organisationName')}
          required
          autoComplete="organization"
          data-autofocus
        />
        <Group justify="flex-end">
          <Button type="submit">{t('common.next')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
