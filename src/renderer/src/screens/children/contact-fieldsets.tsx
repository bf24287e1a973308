// The child's contact details and foster home: the parts of the child form a
// protected identity hides until someone allowed to reveals them.
import { Fieldset, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { FieldScope, ScopedLabel } from '../../components/field-scope';
import { useT } from '../../i18n/use-t';
import type { ChildFormPart } from './child-form-part';
import type { AddressValues } from './child-form-values';

interface AddressProps {
  prefix: 'address' | 'fosterHome.address';
  value: AddressValues;
  set(address: AddressValues): void;
  err: ChildFormPart['err'];
}

function AddressFields({ prefix, value, set, err }: AddressProps) {
  const t = useT();
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <TextInput
        label={<ScopedLabel>{t('childForm.street')}</ScopedLabel>}
        value={value.street}
        onChange={(e) => set({ ...value, street: e.currentTarget.value })}
        error={err(`${prefix}.street`)}
      />
      <TextInput
        label={<ScopedLabel>{t('childForm.postalCode')}</ScopedLabel>}
        value={value.postalCode}
        onChange={(e) => set({ ...value, postalCode: e.currentTarget.value })}
        error={err(`${prefix}.postalCode`)}
      />
      <TextInput
        label={<ScopedLabel>{t('childForm.city')}</ScopedLabel>}
        value={value.city}
        onChange={(e) => set({ ...value, city: e.currentTarget.value })}
        error={err(`${prefix}.city`)}
      />
    </SimpleGrid>
  );
}

export function ContactFieldsets({ values, update, err }: ChildFormPart) {
  const t = useT();
  const field = (path: 'phone' | 'email') => ({
    value: values[path],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      update((v) => ({ ...v, [path]: value }), path);
    },
    error: err(path),
  });
  const fosterHomeField = (key: 'name' | 'phone' | 'email', clears: boolean) => ({
    value: values.fosterHome[key],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      const change = (v: typeof values) => ({ ...v, fosterHome: { ...v.fosterHome, [key]: value } });
      if (clears) update(change, `fosterHome.${key}`);
      else update(change);
    },
    error: err(`fosterHome.${key}`),
  });
  return (
    <>
      <Fieldset legend={t('childForm.contact')}>
        <Stack gap="sm">
          <AddressFields
            prefix="address"
            value={values.address}
            set={(a) => update((v) => ({ ...v, address: a }), 'address.postalCode')}
            err={err}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('childForm.phone')} {...field('phone')} />
            <TextInput label={t('childForm.email')} {...field('email')} />
          </SimpleGrid>
        </Stack>
      </Fieldset>
      <Fieldset legend={t('childForm.fosterHome')}>
        <FieldScope name={t('childForm.scopeFosterHome')}>
          <Stack gap="sm">
            <TextInput
              label={<ScopedLabel>{t('childForm.fosterHomeName')}</ScopedLabel>}
              {...fosterHomeField('name', false)}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={<ScopedLabel>{t('childForm.phone')}</ScopedLabel>}
                {...fosterHomeField('phone', true)}
              />
              <TextInput
                label={<ScopedLabel>{t('childForm.email')}</ScopedLabel>}
                {...fosterHomeField('email', true)}
              />
            </SimpleGrid>
            <AddressFields
              prefix="fosterHome.address"
              value={values.fosterHome.address}
              set={(a) =>
                update(
                  (v) => ({ ...v, fosterHome: { ...v.fosterHome, address: a } }),
                  'fosterHome.address.postalCode',
                )
              }
              err={err}
            />
          </Stack>
        </FieldScope>
      </Fieldset>
    </>
  );
}
