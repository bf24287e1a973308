// On the agreement's summary: the deficiencies still open, each with its
// party, what it is, the stage it is at and its next deadline (an action plan
// or follow-up still to come). Read by the roles that see deficiencies.
import { Stack, Text, Title } from '@mantine/core';
import type { Agreement } from '../../../../../shared/ipc/agreements';
import type { Deficiency } from '../../../../../shared/ipc/agreements/deficiencies';
import { useApiQuery } from '../../../data/use-api-query';
import { useT } from '../../../i18n/use-t';

/** The earliest deadline of the deficiency still to be met, from the agreement's calendar. */
const nextDeadline = (agreement: Agreement, d: Deficiency) =>
  agreement.calendar.find(
    (i) =>
      (i.kind === 'actionPlanDue' || i.kind === 'deficiencyFollowUp') &&
      i.refKey === String(d.id) &&
      i.state !== 'done',
  )?.date;

export function OpenDeficiencies({ agreement }: { agreement: Agreement }) {
  const t = useT();
  // Refreshed with the agreement: every step changes both (data/write-effects.ts).
  const query = useApiQuery('agreements:deficiencies', { agreementId: agreement.id });
  const open = query.error ? [] : (query.data?.filter((d) => d.outcome === 'open') ?? null);
  const nameOf = (id: number) => agreement.organisations.find((o) => o.id === id)?.name ?? '';
  if (open === null) return null;
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('defproc.openOnSummary')}
      </Title>
      {open.length === 0 ? (
        <Text size="sm">{t('defproc.noOpen')}</Text>
      ) : (
        <ul className="agr-timeline" aria-label={t('defproc.openOnSummary')}>
          {open.map((d) => {
            const due = nextDeadline(agreement, d);
            return (
              <li key={d.id}>
                <time dateTime={d.foundOn}>{d.foundOn}</time>
                <Stack gap={2} align="flex-start">
                  <span>
                    {t('defproc.openLine', { party: nameOf(d.organisationId), description: d.description })}
                  </span>
                  <Text size="sm" fw={600}>
                    {t(`defproc.stage.${d.stage}`)}
                    {due && ` – ${t('defproc.nextDeadline', { date: due })}`}
                  </Text>
                </Stack>
              </li>
            );
          })}
        </ul>
      )}
    </Stack>
  );
}
