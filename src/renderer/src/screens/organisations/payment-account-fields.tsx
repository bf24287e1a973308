import { Fieldset, Group, Radio, Stack, TextInput } from '@mantine/core';
import { useT } from '../../i18n/use-t';
import type { OrganisationFormApi } from './organisation-form-api';
import type { PaymentAccountChoice } from './organisation-form-values';

const choices: {
  value: PaymentAccountChoice;
  label: 'organisationForm.paymentNone' | 'organisationForm.bankgiro' | 'organisationForm.plusgiro';
}[] = [
  { value: 'none', label: 'organisationForm.paymentNone' },
  { value: 'bankgiro', label: 'organisationForm.bankgiro' },
  { value: 'plusgiro', label: 'organisationForm.plusgiro' },
];

export function PaymentAccountFields({ form, errorOf }: OrganisationFormApi) {
  const t = useT();
  const kind = form.getValues().paymentAccount.kind;
  return (
    <Fieldset legend={t('organisationForm.payment')}>
      <Stack gap="sm">
        <Radio.Group
          label={t('organisationForm.paymentKind')}
          {...form.getInputProps('paymentAccount.kind')}
          error={errorOf('paymentAccount.kind')}
        >
          <Group mt={6}>
            {choices.map((choice) => (
              <Radio key={choice.value} value={choice.value} label={t(choice.label)} />
            ))}
          </Group>
        </Radio.Group>
        {kind !== 'none' && (
          <TextInput
            label={t('organisationForm.paymentNumber')}
            description={t(
              kind === 'bankgiro' ? 'organisationForm.bankgiroHint' : 'organisationForm.plusgiroHint',
            )}
            inputMode="numeric"
            autoComplete="off"
            maw={320}
            required
            {...form.getInputProps('paymentAccount.number')}
            error={errorOf('paymentAccount.number')}
          />
        )}
      </Stack>
    </Fieldset>
  );
}
