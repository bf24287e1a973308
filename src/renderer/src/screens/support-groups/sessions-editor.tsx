// Edits the generated schedule: move, lengthen, cancel or add sessions. A
// session with recorded attendance can be cancelled but not removed (main
// refuses it).
import { Button, Checkbox, Group, NativeSelect, Stack, Table, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { addDays } from '../../../../shared/dates';
import type { AppError } from '../../../../shared/envelope';
import { sessionKinds, type Group as GroupData } from '../../../../shared/ipc/support-groups';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { useMessage, useT } from '../../i18n/use-t';
import { useApiMutation } from '../../data/use-api-mutation';

interface Row {
  id?: number;
  date: string;
  startTime: string;
  minutes: string;
  kind: (typeof sessionKinds)[number];
  cancelled: boolean;
}

export function SessionsEditor({ group, onDone }: { group: GroupData; onDone(): void }) {
  const saveSessions = useApiMutation('supportGroups:saveSessions');
  const t = useT();
  const text = useMessage();
  const [rows, setRows] = useState<Row[]>(() =>
    group.sessions.map((s) => ({ ...s, minutes: String(s.minutes) })),
  );
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const change = (i: number, patch: Partial<Row>) =>
    setRows((r) => r.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  const err = (i: number, key: string) => {
    const k = failure?.fields?.[`sessions.${i}.${key}`];
    return k ? text(k, failure?.params) : undefined;
  };

  async function save() {
    setSaving(true);
    const result = await saveSessions.run({
      groupId: group.id,
      version: group.version,
      sessions: rows.map((r) => ({
        ...(r.id ? { id: r.id } : {}),
        date: r.date,
        startTime: r.startTime,
        minutes: Number(r.minutes),
        kind: r.kind,
        cancelled: r.cancelled,
      })),
    });
    setSaving(false);
    if (!result.ok) return setFailure(result.error);
    notifySuccess(t('sessions.saved'));
    onDone();
  }

  return (
    <Stack gap="sm" mt="xs">
      <div className="sg-scroll">
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sessions.date')}</Table.Th>
              <Table.Th>{t('sessions.time')}</Table.Th>
              <Table.Th>{t('sessions.minutes')}</Table.Th>
              <Table.Th>{t('sessions.kind')}</Table.Th>
              <Table.Th>{t('sessions.cancelled')}</Table.Th>
              <Table.Th>{t('sessions.remove')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => (
              <Table.Tr key={r.id ?? `new-${i}`}>
                <Table.Td>
                  <TextInput
                    aria-label={t('sessions.dateOf', { number: i + 1 })}
                    value={r.date}
                    onChange={(e) => change(i, { date: e.currentTarget.value })}
                    error={err(i, 'date')}
                    w={130}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={t('sessions.timeOf', { number: i + 1 })}
                    value={r.startTime}
                    onChange={(e) => change(i, { startTime: e.currentTarget.value })}
                    error={err(i, 'startTime')}
                    w={90}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={t('sessions.minutesOf', { number: i + 1 })}
                    value={r.minutes}
                    inputMode="numeric"
                    onChange={(e) => change(i, { minutes: e.currentTarget.value })}
                    error={err(i, 'minutes')}
                    w={80}
                  />
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    aria-label={t('sessions.kindOf', { number: i + 1 })}
                    value={r.kind}
                    onChange={(e) => change(i, { kind: e.currentTarget.value as Row['kind'] })}
                    data={sessionKinds.map((k) => ({ value: k, label: t(`sessionKind.${k}`) }))}
                  />
                </Table.Td>
                <Table.Td>
                  <Checkbox
                    aria-label={t('sessions.cancelledOf', { number: i + 1 })}
                    checked={r.cancelled}
                    onChange={(e) => change(i, { cancelled: e.currentTarget.checked })}
                  />
                </Table.Td>
                <Table.Td>
                  <Button
                    variant="subtle"
                    color="red"
                    aria-label={t('sessions.removeOf', { number: i + 1 })}
                    onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}
                  >
                    <IconTrash size={16} aria-hidden="true" />
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      <div>
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden="true" />}
          onClick={() => {
            const last = rows.at(-1);
            setRows((rs) => [
              ...rs,
              {
                date: last ? addDays(last.date, 7) : group.startDate,
                startTime: last?.startTime ?? group.startTime,
                minutes: last?.minutes ?? '120',
                kind: 'session',
                cancelled: false,
              },
            ]);
          }}
        >
          {t('sessions.add')}
        </Button>
      </div>
      <ErrorAlert error={failure} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone} disabled={saving}>
          {t('common.cancel')}
        </Button>
        <Button onClick={() => void save()} loading={saving}>
          {t('sessions.save')}
        </Button>
      </Group>
    </Stack>
  );
}
