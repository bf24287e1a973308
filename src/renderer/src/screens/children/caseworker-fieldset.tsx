// The child's caseworker at social services, in the child form.
import { Fieldset, SimpleGrid, TextInput } from '@mantine/core';
import { FieldScope, ScopedLabel } from '../../components/field-scope';
import { useT } from '../../i18n/use-t';
import type { ChildFormPart } from './child-form-part';

export function CaseworkerFieldset({ values, update, err }: ChildFormPart) {
  const t = useT();
  return (
    <Fieldset legend={t('childForm.caseworker')}>
      <FieldScope name={t('childForm.scopeCaseworker')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {(['name', 'unit', 'phone', 'email'] as const).map((key) => (
            <TextInput
              key={key}
              label={<ScopedLabel>{t(`childForm.caseworker.${key}`)}</ScopedLabel>}
              value={values.caseworker[key]}
              onChange={(e) => {
                const value = e.currentTarget.value;
                update((v) => ({ ...v, caseworker: { ...v.caseworker, [key]: value } }), `caseworker.${key}`);
              }}
              error={err(`caseworker.${key}`)}
            />
          ))}
        </SimpleGrid>
      </FieldScope>
    </Fieldset>
  );
}
