import { Fieldset, Group, Stack, TextInput } from '@mantine/core';
import { useT } from '../../i18n/use-t';
import type { OrganisationFormApi } from './organisation-form-api';

export function AddressFields({ form, errorOf }: OrganisationFormApi) {
  const t = useT();
  return (
    <Fieldset legend={t('organisationForm.address')}>
      <Stack gap="sm">
        <TextInput
          label={t('organisationForm.street')}
          autoComplete="street-address"
          {...form.getInputProps('address.street')}
          error={errorOf('address.street')}
        />
        <Group align="flex-start" grow preventGrowOverflow={false}>
          <TextInput
            label={t('organisationForm.postalCode')}
            inputMode="numeric"
            autoComplete="postal-code"
            maw={220}
            {...form.getInputProps('address.postalCode')}
            error={errorOf('address.postalCode')}
          />
          <TextInput
            label={t('organisationForm.city')}
            autoComplete="address-level2"
            {...form.getInputProps('address.city')}
            error={errorOf('address.city')}
          />
        </Group>
      </Stack>
    </Fieldset>
  );
}
