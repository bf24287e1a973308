// The child's guardians in the child form: name, phone, e-mail, role (parent,
// god man, särskilt förordnad vårdnadshavare) and custody for each, up to six.
// The role decides custody: a särskilt förordnad vårdnadshavare has it, a god
// man has none (main stores it so, whatever is sent).
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { representatives } from '../../../../shared/support-groups/vocabulary';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { FieldScope, ScopedLabel } from '../../components/field-scope';
import { useT } from '../../i18n/use-t';
import type { ChildFormPart } from './child-form-part';
import { emptyGuardian, type GuardianValues } from './child-form-values';

const maxGuardians = 6;

export function GuardiansFieldset({ values, update, err }: ChildFormPart) {
  const t = useT();
  const change = (i: number, patch: Partial<GuardianValues>, ...paths: string[]) =>
    update(
      (v) => ({ ...v, guardians: v.guardians.map((x, j) => (j === i ? { ...x, ...patch } : x)) }),
      ...paths,
    );
  const text = (i: number, g: GuardianValues, key: 'name' | 'phone' | 'email') => ({
    value: g[key],
    onChange: (e: { currentTarget: { value: string } }) =>
      change(i, { [key]: e.currentTarget.value }, `guardians.${i}.${key}`),
    error: err(`guardians.${i}.${key}`),
  });
  return (
    <Fieldset legend={t('childForm.guardians')}>
      <Stack gap="md">
        <Text size="sm">{t('childForm.guardiansHint')}</Text>
        {values.guardians.map((g, i) => (
          <FieldScope key={g.id ?? `new-${i}`} name={t('childForm.scopeGuardian', { number: i + 1 })}>
            <Stack gap="xs" className="sg-subsection">
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput
                  label={t('childForm.guardianName', { number: i + 1 })}
                  required
                  {...text(i, g, 'name')}
                />
                <TextInput
                  label={<ScopedLabel>{t('childForm.phone')}</ScopedLabel>}
                  {...text(i, g, 'phone')}
                />
                <TextInput
                  label={<ScopedLabel>{t('childForm.email')}</ScopedLabel>}
                  {...text(i, g, 'email')}
                />
              </SimpleGrid>
              <Group justify="space-between" align="end">
                <NativeSelect
                  label={t('childForm.guardianRole', { number: i + 1 })}
                  value={g.representative}
                  onChange={(e) => {
                    const role = e.currentTarget.value as GuardianValues['representative'];
                    const custody = role === '' ? g.hasCustody : role === 'specialCustodian';
                    change(i, { representative: role, hasCustody: custody });
                  }}
                  data={[
                    { value: '', label: t('childForm.roleParent') },
                    ...representatives.map((r) => ({ value: r, label: t(`representative.${r}`) })),
                  ]}
                />
                <Checkbox
                  label={<ScopedLabel>{t('childForm.hasCustody')}</ScopedLabel>}
                  checked={g.hasCustody}
                  disabled={g.representative !== ''}
                  onChange={(e) => change(i, { hasCustody: e.currentTarget.checked })}
                />
                <Button
                  variant="subtle"
                  color="red"
                  leftSection={<IconTrash size={16} aria-hidden="true" />}
                  onClick={() => update((v) => ({ ...v, guardians: v.guardians.filter((_, j) => j !== i) }))}
                >
                  {t('childForm.removeGuardian', { number: i + 1 })}
                </Button>
              </Group>
            </Stack>
          </FieldScope>
        ))}
        <div>
          <Button
            variant="default"
            leftSection={<IconPlus size={16} aria-hidden="true" />}
            onClick={() => update((v) => ({ ...v, guardians: [...v.guardians, emptyGuardian()] }))}
            disabled={values.guardians.length >= maxGuardians}
          >
            {t('childForm.addGuardian')}
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}
