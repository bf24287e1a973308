// Register or edit a child. Checked with the contract's schema before saving
// (and the identity number with today's date); main checks everything again
// and its field errors land on the same fields. Nothing typed is lost.
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  List,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconArrowLeft, IconEye, IconPlus, IconTrash } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import { parseIdentityNumber } from '../../../../shared/identity/personal-identity-number';
import { childInput } from '../../../../shared/ipc/children';
import { genders, identityKinds, placementBases } from '../../../../shared/support-groups/vocabulary';
import { validate, type FieldErrors } from '../../api/zod-fields';
import { BusyStatus } from '../../components/busy-status';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { PageTitle } from '../../components/page-title';
import { useMessage, useT } from '../../i18n/use-t';
import { useChildrenStore } from '../../stores/children-store';
import { todayIso } from '../support-groups/labels';
import {
  childValues,
  emptyChildValues,
  emptyGuardian,
  toChildInput,
  type AddressValues,
  type ChildFormValues,
} from './child-form-values';

export function ChildForm({ canReveal }: { canReveal: boolean }) {
  const t = useT();
  const text = useMessage();
  const current = useChildrenStore((s) => (s.view?.mode === 'edit' ? s.current : null));
  const revealed = useChildrenStore((s) => s.revealed);
  const { save, reveal, close, open } = useChildrenStore.getState();
  const [values, setValues] = useState<ChildFormValues>(() =>
    current ? childValues(current, revealed ? { ...revealed.fosterHome } : null) : emptyChildValues(),
  );
  const [hiddenKept, setHiddenKept] = useState(() => current?.contact.masked === true && !revealed);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const err = (path: string) => (errors[path] ? text(errors[path]) : undefined);
  const update = (change: (v: ChildFormValues) => ChildFormValues, ...paths: string[]) => {
    setValues((v) => change(v));
    if (paths.some((p) => p in errors))
      setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !paths.includes(k))));
  };
  const field = (path: keyof ChildFormValues & string) => ({
    value: values[path] as string,
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      update((v) => ({ ...v, [path]: value }), path);
    },
    error: err(path),
  });

  function checkIdentityNumber() {
    if (values.identityKind === 'none' || values.identityNumber.trim() === '') return;
    const parsed = parseIdentityNumber(values.identityNumber, todayIso());
    if (!parsed.ok) setErrors((e) => ({ ...e, identityNumber: parsed.problem }));
    else if (parsed.value.kind !== values.identityKind)
      setErrors((e) => ({ ...e, identityNumber: 'identity.kindMismatch' }));
  }

  async function revealForEditing() {
    const result = await reveal();
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    const d = result.value;
    setValues((v) => ({
      ...v,
      address: { ...d.address },
      phone: d.phone,
      email: d.email,
      fosterHome: { ...d.fosterHome, address: { ...d.fosterHome.address } },
    }));
    setHiddenKept(false);
  }

  function showErrors(error: AppError, fields: FieldErrors) {
    setErrors(fields);
    setFailure(error);
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const input = { ...toChildInput(values), keepProtectedDetails: hiddenKept };
    const found = validate(childInput, input);
    if (Object.keys(found).length > 0) {
      showErrors({ code: 'validation', message: '' }, found);
      return;
    }
    setSaving(true);
    setFailure(null);
    const result = await save(input);
    setSaving(false);
    if (!result.ok) {
      showErrors(result.error, result.error.fields ?? {});
      return;
    }
    notifySuccess(t('childForm.saved'));
  }

  const back = () => (current ? void open(current.id) : close());
  const address = (
    prefix: 'address' | 'fosterHome.address',
    value: AddressValues,
    set: (a: AddressValues) => void,
  ) => (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <TextInput
        label={t('childForm.street')}
        value={value.street}
        onChange={(e) => set({ ...value, street: e.currentTarget.value })}
        error={err(`${prefix}.street`)}
      />
      <TextInput
        label={t('childForm.postalCode')}
        value={value.postalCode}
        onChange={(e) => set({ ...value, postalCode: e.currentTarget.value })}
        error={err(`${prefix}.postalCode`)}
      />
      <TextInput
        label={t('childForm.city')}
        value={value.city}
        onChange={(e) => set({ ...value, city: e.currentTarget.value })}
        error={err(`${prefix}.city`)}
      />
    </SimpleGrid>
  );

  return (
    <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="lg" maw={900}>
        <div>
          <Button
            variant="subtle"
            px={0}
            leftSection={<IconArrowLeft size={16} aria-hidden="true" />}
            onClick={back}
          >
            {current ? t('childForm.backToChild') : t('children.backToList')}
          </Button>
        </div>
        <PageTitle>
          {current ? t('childForm.editTitle', { name: current.name }) : t('childForm.newTitle')}
        </PageTitle>

        <Fieldset legend={t('childForm.identity')}>
          <Stack gap="sm">
            <TextInput
              label={t('childForm.name')}
              description={t('childForm.nameHint')}
              required
              {...field('name')}
            />
            <Checkbox
              label={t('childForm.nameIsAlias')}
              checked={values.nameIsAlias}
              onChange={(e) => {
                const checked = e.currentTarget.checked;
                update((v) => ({ ...v, nameIsAlias: checked }));
              }}
            />
            <Radio.Group
              label={t('childForm.identityKind')}
              value={values.identityKind}
              onChange={(kind) =>
                update(
                  (v) => ({ ...v, identityKind: kind as ChildFormValues['identityKind'] }),
                  'identityNumber',
                  'birthDate',
                  'birthYear',
                )
              }
            >
              <Group mt={4}>
                {identityKinds.map((kind) => (
                  <Radio key={kind} value={kind} label={t(`identityKind.${kind}`)} />
                ))}
              </Group>
            </Radio.Group>
            {values.identityKind === 'none' ? (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={t('childForm.birthDate')}
                  description={t('sgCommon.dateHint')}
                  {...field('birthDate')}
                />
                <TextInput
                  label={t('childForm.birthYear')}
                  description={t('childForm.birthYearHint')}
                  inputMode="numeric"
                  {...field('birthYear')}
                />
              </SimpleGrid>
            ) : (
              <TextInput
                label={t(`identityKind.${values.identityKind}`)}
                description={t('childForm.identityNumberHint')}
                required
                inputMode="numeric"
                autoComplete="off"
                maw={360}
                {...field('identityNumber')}
                onBlur={checkIdentityNumber}
              />
            )}
            <NativeSelect
              label={t('childForm.gender')}
              data={genders.map((g) => ({ value: g, label: t(`gender.${g}`) }))}
              {...field('gender')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('childForm.placement')}>
          <Stack gap="sm">
            <NativeSelect
              label={t('childForm.placementBasis')}
              data={placementBases.map((p) => ({ value: p, label: t(`placement.${p}`) }))}
              {...field('placementBasis')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('childForm.homeMunicipality')} required {...field('homeMunicipality')} />
              <TextInput label={t('childForm.district')} {...field('district')} />
            </SimpleGrid>
            <Checkbox
              label={t('childForm.protectedIdentity')}
              description={
                current?.protectedIdentity
                  ? t('childForm.protectionLocked')
                  : t('childForm.protectedIdentityHint')
              }
              // Protection is lifted only through its own audited act on the child's page.
              disabled={current?.protectedIdentity === true}
              checked={values.protectedIdentity}
              onChange={(e) => {
                const checked = e.currentTarget.checked;
                update((v) => ({ ...v, protectedIdentity: checked }));
              }}
            />
          </Stack>
        </Fieldset>

        {hiddenKept ? (
          <Alert color="blue" variant="light" title={t('childForm.hiddenTitle')}>
            <Text size="sm">{t('childForm.hiddenBody')}</Text>
            {canReveal && (
              <Button
                mt="sm"
                variant="default"
                leftSection={<IconEye size={16} aria-hidden="true" />}
                onClick={() => void revealForEditing()}
              >
                {t('childForm.revealToEdit')}
              </Button>
            )}
          </Alert>
        ) : (
          <>
            <Fieldset legend={t('childForm.contact')}>
              <Stack gap="sm">
                {address('address', values.address, (a) =>
                  update((v) => ({ ...v, address: a }), 'address.postalCode'),
                )}
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput label={t('childForm.phone')} {...field('phone')} />
                  <TextInput label={t('childForm.email')} {...field('email')} />
                </SimpleGrid>
              </Stack>
            </Fieldset>
            <Fieldset legend={t('childForm.fosterHome')}>
              <Stack gap="sm">
                <TextInput
                  label={t('childForm.fosterHomeName')}
                  value={values.fosterHome.name}
                  onChange={(e) => {
                    const name = e.currentTarget.value;
                    update((v) => ({ ...v, fosterHome: { ...v.fosterHome, name } }));
                  }}
                  error={err('fosterHome.name')}
                />
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput
                    label={t('childForm.phone')}
                    value={values.fosterHome.phone}
                    onChange={(e) => {
                      const phone = e.currentTarget.value;
                      update((v) => ({ ...v, fosterHome: { ...v.fosterHome, phone } }), 'fosterHome.phone');
                    }}
                    error={err('fosterHome.phone')}
                  />
                  <TextInput
                    label={t('childForm.email')}
                    value={values.fosterHome.email}
                    onChange={(e) => {
                      const email = e.currentTarget.value;
                      update((v) => ({ ...v, fosterHome: { ...v.fosterHome, email } }), 'fosterHome.email');
                    }}
                    error={err('fosterHome.email')}
                  />
                </SimpleGrid>
                {address('fosterHome.address', values.fosterHome.address, (a) =>
                  update(
                    (v) => ({ ...v, fosterHome: { ...v.fosterHome, address: a } }),
                    'fosterHome.address.postalCode',
                  ),
                )}
              </Stack>
            </Fieldset>
          </>
        )}

        <Fieldset legend={t('childForm.guardians')}>
          <Stack gap="md">
            <Text size="sm">{t('childForm.guardiansHint')}</Text>
            {values.guardians.map((g, i) => (
              <Stack key={g.id ?? `new-${i}`} gap="xs" className="sg-subsection">
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <TextInput
                    label={t('childForm.guardianName', { number: i + 1 })}
                    required
                    value={g.name}
                    onChange={(e) => {
                      const name = e.currentTarget.value;
                      update(
                        (v) => ({
                          ...v,
                          guardians: v.guardians.map((x, j) => (j === i ? { ...x, name } : x)),
                        }),
                        `guardians.${i}.name`,
                      );
                    }}
                    error={err(`guardians.${i}.name`)}
                  />
                  <TextInput
                    label={t('childForm.phone')}
                    value={g.phone}
                    onChange={(e) => {
                      const phone = e.currentTarget.value;
                      update(
                        (v) => ({
                          ...v,
                          guardians: v.guardians.map((x, j) => (j === i ? { ...x, phone } : x)),
                        }),
                        `guardians.${i}.phone`,
                      );
                    }}
                    error={err(`guardians.${i}.phone`)}
                  />
                  <TextInput
                    label={t('childForm.email')}
                    value={g.email}
                    onChange={(e) => {
                      const email = e.currentTarget.value;
                      update(
                        (v) => ({
                          ...v,
                          guardians: v.guardians.map((x, j) => (j === i ? { ...x, email } : x)),
                        }),
                        `guardians.${i}.email`,
                      );
                    }}
                    error={err(`guardians.${i}.email`)}
                  />
                </SimpleGrid>
                <Group justify="space-between">
                  <Checkbox
                    label={t('childForm.hasCustody')}
                    checked={g.hasCustody}
                    onChange={(e) => {
                      const hasCustody = e.currentTarget.checked;
                      update((v) => ({
                        ...v,
                        guardians: v.guardians.map((x, j) => (j === i ? { ...x, hasCustody } : x)),
                      }));
                    }}
                  />
                  <Button
                    variant="subtle"
                    color="red"
                    leftSection={<IconTrash size={16} aria-hidden="true" />}
                    onClick={() =>
                      update((v) => ({ ...v, guardians: v.guardians.filter((_, j) => j !== i) }))
                    }
                  >
                    {t('childForm.removeGuardian', { number: i + 1 })}
                  </Button>
                </Group>
              </Stack>
            ))}
            <div>
              <Button
                variant="default"
                leftSection={<IconPlus size={16} aria-hidden="true" />}
                onClick={() => update((v) => ({ ...v, guardians: [...v.guardians, emptyGuardian()] }))}
                disabled={values.guardians.length >= 6}
              >
                {t('childForm.addGuardian')}
              </Button>
            </div>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('childForm.caseworker')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {(['name', 'unit', 'phone', 'email'] as const).map((key) => (
              <TextInput
                key={key}
                label={t(`childForm.caseworker.${key}`)}
                value={values.caseworker[key]}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  update(
                    (v) => ({ ...v, caseworker: { ...v.caseworker, [key]: value } }),
                    `caseworker.${key}`,
                  );
                }}
                error={err(`caseworker.${key}`)}
              />
            ))}
          </SimpleGrid>
        </Fieldset>

        <ErrorAlert error={failure} title={t('childForm.notSaved')}>
          {Object.keys(errors).length > 0 && (
            <List size="sm" mt={4}>
              {Object.entries(errors).map(([path, key]) => (
                <List.Item key={path}>{text(key)}</List.Item>
              ))}
            </List>
          )}
        </ErrorAlert>
        <Group justify="flex-end">
          <Button variant="default" onClick={back} disabled={saving}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('childForm.save')}
          </Button>
        </Group>
        <BusyStatus busy={saving} label={t('common.saving')} />
      </Stack>
    </form>
  );
}
