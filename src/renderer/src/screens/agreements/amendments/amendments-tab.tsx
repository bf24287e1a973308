// Ändringar: the agreement's history after the decision. The original (its
// decision and first period), then each amendment in order with what it
// changes and how far it has come, and the decisions on extension. A new
// amendment opens the editor in amendment mode.
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { acceptsAmendments } from '../../../../../shared/agreements/amendments/rules';
import type { Agreement } from '../../../../../shared/ipc/agreements';
import { useT } from '../../../i18n/use-t';
import { AmendmentCard } from './amendment-card';

interface Props {
  agreement: Agreement;
  canWrite: boolean;
  /** The date the page shows the agreement as of (null: today). */
  asOf: string | null;
  onNew(): void;
  onEdit(amendmentId: number): void;
}

export function AmendmentsTab({ agreement, canWrite, asOf, onNew, onEdit }: Props) {
  const t = useT();
  const life = agreement.life;
  const amendments = [...life.amendments].sort((a, b) => a.number - b.number);
  const notExtended = life.extensionDecisions.filter((d) => d.outcome === 'notExtend');
  const open = acceptsAmendments(agreement.status);
  const writable = canWrite && open && asOf === null;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4} maw={720}>
          <Title order={2} size="h4">
            {t('amendments.title')}
          </Title>
          <Text size="sm">{t('amendments.intro')}</Text>
        </Stack>
        {writable && <Button onClick={onNew}>{t('amendments.new')}</Button>}
      </Group>
      {canWrite && !open && agreement.status !== 'draft' && agreement.status !== 'forDecision' && (
        <Alert color="blue" variant="light">
          {t('amendments.closed')}
        </Alert>
      )}
      {canWrite && open && asOf !== null && (
        <Alert color="blue" variant="light">
          {t('amendments.asOfReadOnly', { date: asOf })}
        </Alert>
      )}
      <ol className="agr-history" aria-label={t('amendments.history')}>
        <li>
          <Stack gap={4} className="agr-subsection">
            <Title order={3} size="h5">
              {t('amendments.original')}
            </Title>
            {agreement.decision ? (
              <Text size="sm">
                {t('lifecycle.decisionInfo', {
                  board: agreement.decision.board,
                  date: agreement.decision.date,
                  paragraph: agreement.decision.paragraph,
                })}
              </Text>
            ) : (
              <Text size="sm">{t('amendments.notDecided')}</Text>
            )}
            <Text size="sm">
              {t('amendments.originalPeriod', { start: agreement.data.period.start, end: life.originalEnd })}
            </Text>
          </Stack>
        </li>
        {amendments.map((a) => (
          <li key={a.id}>
            <AmendmentCard
              agreement={agreement}
              amendment={a}
              canWrite={writable}
              onEdit={() => onEdit(a.id)}
            />
          </li>
        ))}
        {notExtended.map((d) => (
          <li key={`ext-${d.id}`}>
            <Stack gap={4} className="agr-subsection">
              <Title order={3} size="h5">
                {t('amendments.notExtendedTitle')}
              </Title>
              <Text size="sm">{t('amendments.notExtendedInfo', { date: d.decidedOn, end: d.forEnd })}</Text>
              {d.note && <Text size="sm">{d.note}</Text>}
            </Stack>
          </li>
        ))}
      </ol>
      {amendments.length === 0 && <Text size="sm">{t('amendments.none')}</Text>}
    </Stack>
  );
}
