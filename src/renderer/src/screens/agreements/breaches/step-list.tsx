// A deficiency's process in brief: the stage it is at, then each step with
// its date, who took it and what it set (the action plan's deadline, the
// follow-up date, the outcome and decision).
import { Text } from '@mantine/core';
import type { Agreement } from '../../../../../shared/ipc/agreements';
import type { Deficiency } from '../../../../../shared/ipc/agreements/deficiencies';
import type { DeficiencyStep } from '../../../../../shared/ipc/agreements/deficiency-process';
import { useT } from '../../../i18n/use-t';

export function StepList({ agreement, deficiency }: { agreement: Agreement; deficiency: Deficiency }) {
  const t = useT();
  const nameOf = (id: number) => agreement.organisations.find((o) => o.id === id)?.name ?? '';
  const details = (s: DeficiencyStep): string[] => [
    ...(s.deadline
      ? [
          `${t('defproc.stepDeadline', { date: s.deadline })}${s.responsibleOrganisationId ? `, ${nameOf(s.responsibleOrganisationId)}` : ''}`,
        ]
      : []),
    ...(s.followUpBy ? [t('defproc.stepFollowUp', { date: s.followUpBy })] : []),
    ...(s.result ? [t(`defproc.result.${s.result}`)] : []),
    ...(s.decision ? [t(`defproc.decision.${s.decision}`)] : []),
  ];
  return (
    <>
      <Text size="sm" fw={600}>
        {t(`defproc.stage.${deficiency.stage}`)}
      </Text>
      {deficiency.steps.length > 0 && (
        <ol className="agr-steps" aria-label={`${t('defproc.progress')}: ${deficiency.description}`}>
          {deficiency.steps.map((s, n) => (
            <li key={n}>
              <Text size="xs">
                {t('defproc.stepLine', { date: s.date, step: t(`defproc.step.${s.kind}`), by: s.by })}
                {details(s).length > 0 && ` – ${details(s).join(', ')}`}
              </Text>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
