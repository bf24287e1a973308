// The group page's papers: the roster, and the attendance sheet of a chosen
// session (to tick on paper and enter afterwards).
import { NativeSelect } from '@mantine/core';
import { useState } from 'react';
import type { Group } from '../../../../shared/ipc/support-groups';
import { useT } from '../../i18n/use-t';
import { PrintPanel } from './print-panel';

/** The session to print for first: the next one held from today, else the last. */
function defaultSession(group: Group, today: string): number | null {
  const held = group.sessions.filter((s) => !s.cancelled);
  return (held.find((s) => s.date >= today) ?? held.at(-1) ?? group.sessions[0])?.id ?? null;
}

export function GroupPrints({ group, today }: { group: Group; today: string }) {
  const t = useT();
  const [sessionId, setSessionId] = useState<number | null>(() => defaultSession(group, today));
  const sessions = [...group.sessions].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <PrintPanel
      id="group-prints"
      items={[
        {
          key: 'roster',
          label: t('printing.roster'),
          description: t('printing.rosterText'),
          target: { document: 'roster', groupId: group.id },
          formats: ['pdf'],
        },
        {
          key: 'attendance',
          label: t('printing.attendanceSheet'),
          description: t('printing.attendanceText'),
          target: sessionId === null ? null : { document: 'attendanceSheet', groupId: group.id, sessionId },
          formats: ['pdf'],
          control: (
            <NativeSelect
              label={t('printing.session')}
              value={sessionId === null ? '' : String(sessionId)}
              onChange={(e) => setSessionId(Number(e.currentTarget.value))}
              data={sessions.map((s, i) => ({
                value: String(s.id),
                label: t('printing.sessionOption', { number: i + 1, date: s.date, time: s.startTime }),
              }))}
              disabled={sessions.length === 0}
              maw={360}
            />
          ),
        },
      ]}
    />
  );
}
