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
import { IconEye } from '@tabler/icons-react';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import { parseIdentityNumber } from '../../../../shared/identity/personal-identity-number';
import { childInput } from '../../../../shared/ipc/children';
import {
  estimatedAgeBands,
  genders,
  identityKinds,
  placementBases,
} from '../../../../shared/support-groups/vocabulary';
import { validate, type FieldErrors } from '../../api/zod-fields';
import { BackButton } from '../../components/back-button';
import { BusyStatus } from '../../components/busy-status';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { PageTitle } from '../../components/page-title';
import { ageFactsOf, personTermOn } from '../../../../shared/support-groups/person-term';
import { forPerson } from '../../i18n/translate';
import { useMessage, useT } from '../../i18n/use-t';
import { goTo } from '../../navigation/navigate';
import { runApi, useApiMutation } from '../../data/use-api-mutation';
import { useRevealed, useRevealedStore } from '../../stores/revealed-store';
import { useChild } from './use-children';
import { confirmLeave } from '../../stores/leave-guard-store';
import { DraftOfferDialog, DraftStatus } from '../../components/form-draft-parts';
import { useFormDraft } from '../../components/use-form-draft';
import { todayIso } from '../support-groups/labels';
import { CaseworkerFieldset } from './caseworker-fieldset';
import {
  childDraft,
  childValues,
  emptyChildValues,
  toChildInput,
  type ChildFormValues,
} from './child-form-values';
import { ContactFieldsets } from './contact-fieldsets';
import { GuardiansFieldset } from './guardians-fieldset';

/** A new child, or the loaded child `editId` (the route's). */
/** The audited read of protected details: called directly, so no copy stays in the mutation cache. */
const revealDetails = (input: { id: number }) => runApi('children:reveal', input);

export function ChildForm({ canReveal, editId }: { canReveal: boolean; editId: number | null }) {
  const t = useT();
  const text = useMessage();
  const current = useChild(editId).child;
  const revealed = useRevealed(editId);
  const create = useApiMutation('children:create');
  const saveChanges = useApiMutation('children:update');
  const [values, setValues] = useState<ChildFormValues>(() =>
    current ? childValues(current, revealed ? { ...revealed.fosterHome } : null) : emptyChildValues(),
  );
  const [hiddenKept, setHiddenKept] = useState(() => current?.contact.masked === true && !revealed);
  // What the form opened with, to tell unsaved changes and to go back to.
  const [start] = useState(() => ({ values, hiddenKept }));
  const draftValues = useMemo(() => childDraft(values, hiddenKept), [values, hiddenKept]);
  const draftStore = useFormDraft({
    form: 'child',
    recordId: current?.id ?? null,
    enabled: true,
    dirty: JSON.stringify(values) !== JSON.stringify(start.values),
    values: draftValues,
    restore: (d) => {
      setValues(d.values);
      setHiddenKept(d.hiddenKept);
    },
    reset: () => {
      setValues(start.values);
      setHiddenKept(start.hiddenKept);
    },
  });
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
    if (!current) return;
    const result = await revealDetails({ id: current.id });
    if (result.ok) useRevealedStore.getState().show(current.id, result.value);
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
    const result = await draftStore.saving(() =>
      current
        ? saveChanges.run({ id: current.id, version: current.version, data: input })
        : create.run(input),
    );
    // The form saved what it showed; protected details shown for it go with the form.
    if (result.ok) useRevealedStore.getState().hide();
    setSaving(false);
    if (!result.ok) {
      showErrors(result.error, result.error.fields ?? {});
      return;
    }
    // As saved: a person 18 or older today is "deltagaren".
    notifySuccess(t(forPerson('childForm.saved', personTermOn(ageFactsOf(result.value), todayIso()))));
    // The child's page takes the form's place in history.
    goTo({ name: 'child', id: result.value.id }, { replace: true });
  }

  const back = () => goTo(current ? { name: 'child', id: current.id } : { name: 'children' });
  // The person as saved: 18 or older today is "deltagaren".
  const person = current ? personTermOn(ageFactsOf(current), todayIso()) : 'child';
  const part = { values, update, err };

  return (
    <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="lg" maw={900}>
        <BackButton
          label={current ? t(forPerson('childForm.backToChild', person)) : t('children.backToList')}
          onClick={back}
        />
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
                  'ageBand',
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
                <NativeSelect
                  label={t('childForm.ageBand')}
                  description={t('childForm.ageBandHint')}
                  data={[
                    { value: '', label: t('childForm.ageBandNone') },
                    ...estimatedAgeBands.map((b) => ({ value: b, label: t(`ageBand.${b}`) })),
                  ]}
                  {...field('ageBand')}
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
                  ? t(forPerson('childForm.protectionLocked', person))
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
          <ContactFieldsets {...part} />
        )}

        <GuardiansFieldset {...part} />

        <CaseworkerFieldset {...part} />

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
          <DraftStatus state={draftStore.state} />
          <Button
            variant="default"
            onClick={() => void confirmLeave().then((leave) => leave && back())}
            disabled={saving}
          >
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('childForm.save')}
          </Button>
        </Group>
        <BusyStatus busy={saving} label={t('common.saving')} />
        <DraftOfferDialog offer={draftStore.offer} />
      </Stack>
    </form>
  );
}
