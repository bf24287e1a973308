// Closing a group asks each remaining child's outcome in one step: completed,
// or dropped out after a session (the reason names it; the coordinator may
// write more). The default comes from the attendance (shared/group-closing.ts).
import { Button, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import type { Group as GroupData } from '../../../../shared/ipc/support-groups';
import {
  canComplete,
  defaultClosing,
  needsOutcome,
  type ClosingOutcome,
} from '../../../../shared/support-groups/group-closing';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { useMessage, useT } from '../../i18n/use-t';
import { useApiMutation } from '../../data/use-api-mutation';
import { todayIso } from './labels';

interface Choice {
  outcome: ClosingOutcome;
  /** '' = never came. */
  afterSessionId: string;
  /** What the coordinator adds to the reason. */
  note: string;
}

export function CloseGroupForm({ group, onDone }: { group: GroupData; onDone: () => void }) {
  const close = useApiMutation('supportGroups:close');
  const t = useT();
  const text = useMessage();
  const today = todayIso();
  const children = group.participants.filter((p) => needsOutcome(p.status));
  const held = group.sessions.filter((s) => !s.cancelled && s.date <= today);
  const [choices, setChoices] = useState<Record<number, Choice>>(() =>
    Object.fromEntries(
      children.map((p) => {
        const d = defaultClosing(p, group.sessions, today);
        return [
          p.enrolmentId,
          { outcome: d.outcome, afterSessionId: String(d.afterSessionId ?? ''), note: '' },
        ];
      }),
    ),
  );
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const err = (path: string) => (failure?.fields?.[path] ? text(failure.fields[path]) : undefined);
  const change = (id: number, part: Partial<Choice>) =>
    setChoices((c) => ({ ...c, [id]: { ...c[id]!, ...part } }));

  const reasonOf = (c: Choice) => {
    const date = held.find((s) => String(s.id) === c.afterSessionId)?.date;
    const base = date ? t('closing.reasonAfter', { date }) : t('closing.reasonNever');
    return c.note.trim() === '' ? base : `${base} ${c.note.trim()}`;
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    const result = await close.run({
      id: group.id,
      version: group.version,
      outcomes: children.map((p) => {
        const c = choices[p.enrolmentId]!;
        return c.outcome === 'completed'
          ? { enrolmentId: p.enrolmentId, outcome: 'completed' as const }
          : { enrolmentId: p.enrolmentId, outcome: 'droppedOut' as const, reason: reasonOf(c) };
      }),
    });
    setSaving(false);
    if (!result.ok) return setFailure(result.error);
    notifySuccess(t('closing.saved'));
    onDone();
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="closing-title">
      <Stack gap="sm" className="sg-subsection">
        <Title order={2} size="h4" id="closing-title">
          {t('closing.title')}
        </Title>
        <Text size="sm">{children.length === 0 ? t('closing.noChildren') : t('closing.intro')}</Text>
        {children.length > 0 && (
          <div className="sg-scroll">
            <Table withTableBorder aria-label={t('closing.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('groupPage.child')}</Table.Th>
                  <Table.Th>{t('closing.outcome')}</Table.Th>
                  <Table.Th>{t('closing.lastSession')}</Table.Th>
                  <Table.Th>{t('closing.note')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {children.map((p) => {
                  const c = choices[p.enrolmentId]!;
                  const dropped = c.outcome === 'droppedOut';
                  return (
                    <Table.Tr key={p.enrolmentId}>
                      <Table.Td>{p.childName}</Table.Td>
                      <Table.Td>
                        <NativeSelect
                          aria-label={t('closing.outcomeFor', { name: p.childName })}
                          value={c.outcome}
                          onChange={(e) =>
                            change(p.enrolmentId, { outcome: e.currentTarget.value as ClosingOutcome })
                          }
                          data={[
                            ...(canComplete(p.status)
                              ? [{ value: 'completed', label: t('closing.completed') }]
                              : []),
                            { value: 'droppedOut', label: t('closing.droppedOut') },
                          ]}
                          error={err(`outcomes.${p.enrolmentId}`) ?? err(`outcomes.${p.enrolmentId}.outcome`)}
                        />
                      </Table.Td>
                      <Table.Td>
                        {dropped ? (
                          <NativeSelect
                            aria-label={t('closing.lastSessionFor', { name: p.childName })}
                            value={c.afterSessionId}
                            onChange={(e) => change(p.enrolmentId, { afterSessionId: e.currentTarget.value })}
                            data={[
                              { value: '', label: t('closing.never') },
                              ...held.map((s) => ({
                                value: String(s.id),
                                label: `${s.date} ${s.startTime}`,
                              })),
                            ]}
                          />
                        ) : (
                          '–'
                        )}
                      </Table.Td>
                      <Table.Td>
                        {dropped ? (
                          <TextInput
                            aria-label={t('closing.noteFor', { name: p.childName })}
                            value={c.note}
                            onChange={(e) => change(p.enrolmentId, { note: e.currentTarget.value })}
                            error={err(`outcomes.${p.enrolmentId}.reason`)}
                          />
                        ) : (
                          '–'
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </div>
        )}
        <ErrorAlert error={failure} />
        <Group>
          <Button type="submit" loading={saving}>
            {t('closing.submit')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
