// Moves the enrolment along its lifecycle. Main decides what is allowed:
// capacity, the age rule (an override needs a reason), the gate before
// "deltar", and a reason for "avbruten".
import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import type { Enrolment } from '../../../../shared/ipc/support-groups';
import { needsGroup } from '../../../../shared/support-groups/enrolment-lifecycle';
import type { EnrolmentStatus } from '../../../../shared/support-groups/vocabulary';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { forPerson } from '../../i18n/translate';
import { useMessage, useT } from '../../i18n/use-t';
import { useApiMutation } from '../../data/use-api-mutation';
import { useGroups } from './use-support-groups';
import { gateItemText, gateItemsFromFields } from './labels';

export function TransitionForm({ enrolment }: { enrolment: Enrolment }) {
  const t = useT();
  const text = useMessage();
  const transition = useApiMutation('enrolments:transition');
  const groups = useGroups().groups.filter(
    (g) => g.programmeId === enrolment.programmeId && g.status !== 'finished' && g.status !== 'cancelled',
  );
  const [to, setTo] = useState<EnrolmentStatus>(enrolment.allowedTransitions[0]!);
  const [groupId, setGroupId] = useState(String(enrolment.groupId ?? groups[0]?.id ?? ''));
  const [reason, setReason] = useState('');
  const [ageOverrideReason, setAgeOverrideReason] = useState(enrolment.ageOverrideReason);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const err = (path: string) => (failure?.fields?.[path] ? text(failure.fields[path]) : undefined);
  const chooseGroup = needsGroup(to) && enrolment.groupId === null;
  // The groups may arrive after the form opened: the first of them until one is chosen.
  const chosenGroup = groupId !== '' ? groupId : String(groups[0]?.id ?? '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    const result = await transition.run({
      id: enrolment.id,
      version: enrolment.version,
      to,
      ...(chooseGroup && chosenGroup !== '' ? { groupId: Number(chosenGroup) } : {}),
      reason,
      ageOverrideReason,
    });
    setSaving(false);
    if (!result.ok) return setFailure(result.error);
    setFailure(null);
    setReason('');
    notifySuccess(t('transition.saved'));
  }

  const nameOf = (id: number) =>
    enrolment.guardianConsents.find((g) => g.guardianId === id)?.guardianName ?? null;
  const missing = [...gateItemsFromFields(failure?.fields, nameOf).values()].flat();

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="transition-title">
      <Stack gap="sm" className="sg-subsection">
        <Title order={2} size="h4" id="transition-title">
          {t('transition.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label={t('transition.to')}
            value={to}
            onChange={(e) => {
              setTo(e.currentTarget.value as EnrolmentStatus);
              setFailure(null);
            }}
            data={enrolment.allowedTransitions.map((s) => ({ value: s, label: t(`enrolmentStatus.${s}`) }))}
          />
          {chooseGroup && (
            <NativeSelect
              label={t('enrolForm.group')}
              value={groupId}
              onChange={(e) => setGroupId(e.currentTarget.value)}
              data={groups.map((g) => ({
                value: String(g.id),
                label: t('enrolForm.groupOption', {
                  name: g.name,
                  start: g.startDate,
                  free: g.capacity.free,
                }),
              }))}
              error={err('groupId')}
            />
          )}
          {to === 'cancelled' && (
            <TextInput
              label={t('transition.reason')}
              required
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={err('reason')}
            />
          )}
          {needsGroup(to) && (
            <TextInput
              label={t('enrolForm.ageOverrideReason')}
              description={t(forPerson('enrolForm.ageOverrideHint', enrolment.personTerm))}
              value={ageOverrideReason}
              onChange={(e) => setAgeOverrideReason(e.currentTarget.value)}
              error={err('ageOverrideReason')}
            />
          )}
        </SimpleGrid>
        <ErrorAlert error={failure}>
          {missing.length > 0 && (
            <ul className="sg-list">
              {missing.map((item, i) => (
                <li key={i}>{gateItemText(t, item)}</li>
              ))}
            </ul>
          )}
        </ErrorAlert>
        <Group>
          <Button type="submit" loading={saving}>
            {t('transition.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
