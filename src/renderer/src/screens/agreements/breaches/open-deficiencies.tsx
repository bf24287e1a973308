// On the agreement's summary: the deficiencies still open, each with its
// party, what it is, the stage it is at and its next deadline (an action plan
// or follow-up still to come). Read by the roles that see deficiencies.
import { Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Agreement } from '../../../../../shared/ipc/agreements';
import type { Deficiency } from '../../../../../shared/ipc/agreements/deficiencies';
import { call } from '../../../api/client';
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
  const [open, setOpen] = useState<Deficiency[] | null>(null);
  const nameOf = (id: number) => agreement.organisations.find((o) => o.id === id)?.name ?? '';
  useEffect(() => {
    let current = true;
    void call((api) => api.agreements.deficiencies({ agreementId: agreement.id })).then((result) => {
      if (current) setOpen(result.ok ? result.value.filter((d) => d.outcome === 'open') : []);
    });
    return () => {
      current = false;
    };
    // The calendar changes with every step: read the deficiencies again then.
  }, [agreement.id, agreement.calendar]);
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
