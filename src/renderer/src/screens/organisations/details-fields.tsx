import { Fieldset, NativeSelect, Stack, TextInput } from '@mantine/core';
import type { FocusEvent } from 'react';
import { parseOrgNumber } from '../../../../shared/identity/org-number';
import { organisationKinds } from '../../../../shared/organisations/kinds';
import { useT } from '../../i18n/use-t';
import type { OrganisationFormApi } from './organisation-form-api';

export function DetailsFields({ form, errorOf }: OrganisationFormApi) {
  const t = useT();
  const orgNumberProps = form.getInputProps('orgNumber');

  // Validated on blur like every field; a valid number is also shown in its normal form, NNNNNN-NNNN.
  function orgNumberBlur(event: FocusEvent<HTMLInputElement>) {
    orgNumberProps.onBlur?.(event);
    const parsed = parseOrgNumber(form.getValues().orgNumber);
    if (parsed.ok && parsed.value !== form.getValues().orgNumber)
      form.setFieldValue('orgNumber', parsed.value);
  }

  return (
    <Fieldset legend={t('organisationForm.details')}>
      <Stack gap="sm">
        <TextInput
          label={t('organisationForm.name')}
          required
          {...form.getInputProps('name')}
          error={errorOf('name')}
        />
        <NativeSelect
          label={t('organisationForm.kind')}
          required
          data={organisationKinds.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
          {...form.getInputProps('kind')}
          error={errorOf('kind')}
        />
        <TextInput
          label={t('organisationForm.orgNumber')}
          description={t('organisationForm.orgNumberHint')}
          required
          inputMode="numeric"
          autoComplete="off"
          maw={440}
          {...orgNumberProps}
          onBlur={orgNumberBlur}
          error={errorOf('orgNumber')}
        />
      </Stack>
    </Fieldset>
  );
}
