// Create or edit a group: programme, name, leaders, place, start, status, and
// for a weekend's age subgroup its parent and age band. A new group gets its
// session schedule generated from the programme's format.
import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import { groupInput, type Group as GroupData } from '../../../../shared/ipc/support-groups';
import { groupStatuses, type GroupStatus } from '../../../../shared/support-groups/vocabulary';
import { validate, type FieldErrors } from '../../api/zod-fields';
import { BackButton } from '../../components/back-button';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { notifySuccess } from '../../components/notify';
import { PageTitle } from '../../components/page-title';
import { useMessage, useT } from '../../i18n/use-t';
import { useApiMutation } from '../../data/use-api-mutation';
import { useGroups, useProgrammes } from './use-support-groups';
import { confirmLeave } from '../../stores/leave-guard-store';
import { DraftOfferDialog, DraftStatus } from '../../components/form-draft-parts';
import { useFormDraft } from '../../components/use-form-draft';
import { todayIso } from './labels';
import { groupSavedKey } from './group-saved';

/** `onDone` gets the group saved, or null when the user left without saving. */
export function GroupForm({
  group,
  onDone,
}: {
  group: GroupData | null;
  onDone(saved: GroupData | null): void;
}) {
  const t = useT();
  const text = useMessage();
  const { programmes, loaded: programmesLoaded } = useProgrammes();
  const { groups } = useGroups();
  const create = useApiMutation('supportGroups:create');
  const update = useApiMutation('supportGroups:update');
  const [values, setValues] = useState({
    programmeId: String(group?.programmeId ?? programmes[0]?.id ?? ''),
    name: group?.name ?? '',
    leaders: group?.leaders.join(', ') ?? '',
    location: group?.location ?? '',
    startDate: group?.startDate ?? todayIso(),
    startTime: group?.startTime ?? '17:00',
    status: (group?.status ?? 'planned') as GroupStatus,
    parentGroupId: group?.parentGroupId ? String(group.parentGroupId) : '',
    ageMin: group?.ownAgeBand ? String(group.ageMin) : '',
    ageMax: group?.ownAgeBand ? String(group.ageMax) : '',
  });
  // What the form opened with (the first programme once loaded), to tell unsaved changes.
  const [start, setStart] = useState(values);
  const draftStore = useFormDraft({
    form: 'group',
    recordId: group?.id ?? null,
    enabled: true,
    dirty: JSON.stringify(values) !== JSON.stringify(start),
    values,
    restore: setValues,
    reset: () => setValues(start),
  });
  const firstProgramme = programmes[0]?.id;
  useEffect(() => {
    if (firstProgramme !== undefined) {
      setValues((v) => (v.programmeId === '' ? { ...v, programmeId: String(firstProgramme) } : v));
      setStart((v) => (v.programmeId === '' ? { ...v, programmeId: String(firstProgramme) } : v));
    }
  }, [firstProgramme]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (key: keyof typeof values) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [key]: value }));
  };
  const err = (path: string) => (errors[path] ? text(errors[path], failure?.params) : undefined);
  const chosen = programmes.find((p) => String(p.id) === values.programmeId);
  const number = (text: string) => (text.trim() === '' ? null : Number(text));
  const parents = groups.filter(
    (g) => String(g.programmeId) === values.programmeId && g.parentGroupId === null && g.id !== group?.id,
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      programmeId: Number(values.programmeId),
      name: values.name,
      leaders: values.leaders
        .split(',')
        .map((l) => l.trim())
        .filter(Boolean),
      location: values.location,
      startDate: values.startDate,
      startTime: values.startTime,
      status: values.status,
      parentGroupId: number(values.parentGroupId),
      ageMin: number(values.ageMin),
      ageMax: number(values.ageMax),
    };
    const found = validate(groupInput, input);
    if (Object.keys(found).length > 0) {
      setErrors(found);
      setFailure({ code: 'validation', message: '' });
      return;
    }
    setSaving(true);
    const result = await draftStore.saving(() =>
      group ? update.run({ id: group.id, version: group.version, data: input }) : create.run(input),
    );
    setSaving(false);
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      setFailure(result.error);
      return;
    }
    notifySuccess(t(groupSavedKey(group ?? null, result.value)));
    onDone(result.value);
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md" maw={800}>
        {!group && <BackButton label={t('groups.backToList')} onClick={() => onDone(null)} />}
        {!group && <PageTitle>{t('groupForm.newTitle')}</PageTitle>}
        {programmesLoaded ? (
          <NativeSelect
            label={t('groupForm.programme')}
            value={values.programmeId}
            onChange={set('programmeId')}
            data={programmes.map((p) => ({ value: String(p.id), label: p.name }))}
            description={
              chosen &&
              (chosen.organisationName
                ? t('groupForm.boundTo', {
                    agreement: chosen.agreementTitle,
                    organisation: chosen.organisationName,
                  })
                : t('groupForm.boundToAgreement', { agreement: chosen.agreementTitle }))
            }
            error={err('programmeId')}
          />
        ) : (
          <LoadingState label={t('common.loading')} />
        )}
        <TextInput
          label={t('groupForm.name')}
          required
          value={values.name}
          onChange={set('name')}
          error={err('name')}
        />
        <TextInput
          label={t('groupForm.leaders')}
          description={t('groupForm.leadersHint')}
          value={values.leaders}
          onChange={set('leaders')}
          error={err('leaders') ?? err('leaders.0')}
        />
        <TextInput
          label={t('groupForm.location')}
          value={values.location}
          onChange={set('location')}
          error={err('location')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('groupForm.startDate')}
            description={t('groupForm.startDateHint')}
            value={values.startDate}
            onChange={set('startDate')}
            error={err('startDate')}
          />
          <TextInput
            label={t('groupForm.startTime')}
            description={t('groupForm.startTimeHint')}
            value={values.startTime}
            onChange={set('startTime')}
            error={err('startTime')}
          />
          <NativeSelect
            label={t('groupForm.status')}
            value={values.status}
            onChange={set('status')}
            data={groupStatuses.map((s) => ({ value: s, label: t(`groupStatus.${s}`) }))}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label={t('groupForm.parent')}
            description={t('groupForm.parentHint')}
            value={values.parentGroupId}
            onChange={set('parentGroupId')}
            data={[
              { value: '', label: t('groupForm.noParent') },
              ...parents.map((g) => ({ value: String(g.id), label: g.name })),
            ]}
            error={err('parentGroupId')}
          />
          <TextInput
            label={t('groupForm.ageMin')}
            inputMode="numeric"
            value={values.ageMin}
            onChange={set('ageMin')}
            error={err('ageMin')}
          />
          <TextInput
            label={t('groupForm.ageMax')}
            inputMode="numeric"
            value={values.ageMax}
            onChange={set('ageMax')}
            error={err('ageMax')}
          />
        </SimpleGrid>
        <ErrorAlert error={failure} title={t('groupForm.notSaved')} />
        <Group justify="flex-end">
          <DraftStatus state={draftStore.state} />
          <Button
            variant="default"
            onClick={() => void confirmLeave().then((leave) => leave && onDone(null))}
            disabled={saving}
          >
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving} disabled={!programmesLoaded}>
            {t('groupForm.save')}
          </Button>
        </Group>
      </Stack>
      <DraftOfferDialog offer={draftStore.offer} />
    </form>
  );
}
