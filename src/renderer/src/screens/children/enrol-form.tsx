// Enrols the child in a programme: as an expression of interest, on the
// waiting list, or offered a place in a group. Main checks capacity and the
// age rule; an age outside the range needs a written reason.
import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import { ErrorAlert } from '../../components/error-alert';
import type { AgeFacts } from '../../../../shared/support-groups/consent-rules';
import { personTermOn } from '../../../../shared/support-groups/person-term';
import { forPerson } from '../../i18n/translate';
import { useMessage, useT } from '../../i18n/use-t';
import { useApiMutation } from '../../data/use-api-mutation';
import { useGroups, useProgrammes } from '../support-groups/use-support-groups';
import { todayIso } from '../support-groups/labels';

type StartStatus = 'interest' | 'waitlisted' | 'offered';

/** `age`: what is known of the person's age, for how the form speaks of them (barnet, deltagaren). */
export function EnrolForm({
  childId,
  age,
  onEnrolled,
}: {
  childId: number;
  age: AgeFacts;
  onEnrolled(id: number): void;
}) {
  const t = useT();
  const text = useMessage();
  const { programmes } = useProgrammes();
  const { groups } = useGroups();
  const create = useApiMutation('enrolments:create');
  const [programmeId, setProgrammeId] = useState('');
  const [groupId, setGroupId] = useState('');
  const [status, setStatus] = useState<StartStatus>('interest');
  const [referredOn, setReferredOn] = useState(todayIso());
  const [ageOverrideReason, setAgeOverrideReason] = useState('');
  const [otherMunicipality, setOtherMunicipality] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);

  const programme = programmes.find((p) => String(p.id) === programmeId) ?? programmes[0];
  const openGroups = groups.filter(
    (g) =>
      g.programmeId === programme?.id &&
      (g.status === 'open' || g.status === 'planned' || g.status === 'running'),
  );
  const err = (path: string) => (failure?.fields?.[path] ? text(failure.fields[path]) : undefined);
  // The day that counts is the chosen group's first session, else today (as for who consents).
  const startsOn = openGroups.find((g) => String(g.id) === groupId)?.startDate ?? todayIso();
  const person = personTermOn(age, startsOn);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!programme) return;
    setSaving(true);
    const result = await create.run({
      childId,
      programmeId: programme.id,
      groupId: groupId === '' ? null : Number(groupId),
      status,
      referredOn,
      ageOverrideReason,
      otherMunicipality,
    });
    setSaving(false);
    if (!result.ok) return setFailure(result.error);
    setFailure(null);
    onEnrolled(result.value.id);
  }

  if (programmes.length === 0) return null;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="enrol-title">
      <Stack gap="sm" mt="md" className="sg-subsection">
        <Title order={3} size="h5" id="enrol-title">
          {t('enrolForm.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('enrolForm.programme')}
            value={String(programme?.id ?? '')}
            onChange={(e) => {
              setProgrammeId(e.currentTarget.value);
              setGroupId('');
            }}
            data={programmes.map((p) => ({ value: String(p.id), label: `${p.name} (${p.agreementTitle})` }))}
            error={err('programmeId')}
          />
          <NativeSelect
            label={t('enrolForm.group')}
            value={groupId}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setGroupId(value);
              if (value !== '' && status !== 'offered') setStatus('offered');
              if (value === '' && status === 'offered') setStatus('interest');
            }}
            data={[
              { value: '', label: t('enrolForm.noGroup') },
              ...openGroups.map((g) => ({
                value: String(g.id),
                label: t('enrolForm.groupOption', {
                  name: g.name,
                  start: g.startDate,
                  free: g.capacity.free,
                }),
              })),
            ]}
            error={err('groupId')}
          />
          <NativeSelect
            label={t('enrolForm.status')}
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as StartStatus)}
            data={(['interest', 'waitlisted', 'offered'] as const).map((s) => ({
              value: s,
              label: t(`enrolmentStatus.${s}`),
            }))}
            error={err('status')}
          />
          <TextInput
            label={t('enrolForm.referredOn')}
            description={t('sgCommon.dateHint')}
            value={referredOn}
            onChange={(e) => setReferredOn(e.currentTarget.value)}
            error={err('referredOn')}
          />
        </SimpleGrid>
        <Checkbox
          label={t(forPerson('enrolForm.otherMunicipality', person))}
          checked={otherMunicipality}
          onChange={(e) => setOtherMunicipality(e.currentTarget.checked)}
        />
        <Textarea
          label={t('enrolForm.ageOverrideReason')}
          description={t(forPerson('enrolForm.ageOverrideHint', person))}
          value={ageOverrideReason}
          onChange={(e) => setAgeOverrideReason(e.currentTarget.value)}
          error={err('ageOverrideReason')}
          autosize
          minRows={1}
        />
        <ErrorAlert error={failure} />
        <Group>
          <Button type="submit" loading={saving}>
            {t('enrolForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
