// Records attendance for one session. Main refuses it for a child who has not
// passed the gate; the refusal is shown as exactly what is missing, per child.
import { Button, Checkbox, Group, List, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import type { Group as GroupData, GateItemView } from '../../../../shared/ipc/support-groups';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { useT } from '../../i18n/use-t';
import { useApiMutation } from '../../data/use-api-mutation';
import { gateItemText, gateItemsFromFields, todayIso } from './labels';

const recordable = new Set(['admitted', 'participating', 'completed']);

export function AttendanceForm({ group }: { group: GroupData }) {
  const recordAttendance = useApiMutation('supportGroups:recordAttendance');
  const t = useT();
  const today = todayIso();
  // Only sessions held by today: main refuses attendance for a later one.
  const open = group.sessions.filter((s) => !s.cancelled && s.date <= today);
  const defaultSession = open.at(-1);
  const first = group.sessions.find((s) => !s.cancelled);
  const [sessionId, setSessionId] = useState(String(defaultSession?.id ?? ''));
  const children = group.participants.filter((p) => recordable.has(p.status));
  const [present, setPresent] = useState<Record<number, boolean>>(() =>
    Object.fromEntries(children.map((p) => [p.enrolmentId, p.attendance[sessionId] ?? true])),
  );
  const [failure, setFailure] = useState<AppError | null>(null);
  const [missing, setMissing] = useState<Map<number, GateItemView[]>>(new Map());
  const [saving, setSaving] = useState(false);

  function chooseSession(id: string) {
    setSessionId(id);
    setPresent(Object.fromEntries(children.map((p) => [p.enrolmentId, p.attendance[id] ?? true])));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    const result = await recordAttendance.run({
      sessionId: Number(sessionId),
      entries: children.map((p) => ({
        enrolmentId: p.enrolmentId,
        present: present[p.enrolmentId] ?? false,
      })),
    });
    setSaving(false);
    if (!result.ok) {
      setFailure(result.error);
      // Guardian names come from what the page already shows about each child.
      const nameOf = (guardianId: number) =>
        group.participants.flatMap((p) => p.gate.missing).find((m) => m.guardianId === guardianId)
          ?.guardianName ?? null;
      setMissing(gateItemsFromFields(result.error.fields, nameOf));
      return;
    }
    setFailure(null);
    setMissing(new Map());
    notifySuccess(t('attendance.saved'));
  }

  if (children.length === 0) return null;
  if (open.length === 0)
    return first ? (
      <Text size="sm" className="sg-subsection">
        {t('attendance.noneHeld', { date: first.date })}
      </Text>
    ) : null;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="attendance-title">
      <Stack gap="sm" className="sg-subsection">
        <Title order={2} size="h4" id="attendance-title">
          {t('attendance.title')}
        </Title>
        <NativeSelect
          label={t('attendance.session')}
          value={sessionId}
          onChange={(e) => chooseSession(e.currentTarget.value)}
          data={open.map((s) => ({ value: String(s.id), label: `${s.date} ${s.startTime}` }))}
          maw={320}
        />
        <fieldset className="plain-fieldset">
          <legend className="sg-legend">{t('attendance.present')}</legend>
          <Stack gap={6}>
            {children.map((p) => (
              <Checkbox
                key={p.enrolmentId}
                label={p.childName}
                checked={present[p.enrolmentId] ?? false}
                onChange={(e) => {
                  const checked = e.currentTarget.checked;
                  setPresent((s) => ({ ...s, [p.enrolmentId]: checked }));
                }}
              />
            ))}
          </Stack>
        </fieldset>
        <ErrorAlert error={failure} title={t('attendance.notSaved')}>
          {[...missing].map(([enrolmentId, items]) => (
            <div key={enrolmentId}>
              <Text size="sm" fw={700} mt="xs">
                {group.participants.find((p) => p.enrolmentId === enrolmentId)?.childName}
              </Text>
              <List size="sm">
                {items.map((item, i) => (
                  <List.Item key={i}>{gateItemText(t, item)}</List.Item>
                ))}
              </List>
            </div>
          ))}
        </ErrorAlert>
        <Group>
          <Button type="submit" loading={saving}>
            {t('attendance.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
