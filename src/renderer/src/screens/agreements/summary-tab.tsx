// The summary: lifecycle and signatures, what needs attention (with "done"
// for reports and the extension decision), the open deficiencies with their
// stage, the non-profit parties'
// requirement checklists with gaps marked, and the timeline.
import { Badge, Button, Grid, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconQuestionMark } from '@tabler/icons-react';
import { attentionItems } from '../../../../shared/agreements/calendar';
import { statusLabels } from '../../../../shared/agreements/labels';
import type { Agreement } from '../../../../shared/ipc/agreements';
import type { Role } from '../../../../shared/roles';
import { mayCall } from '../../api/access';
import { useLanguage, useT } from '../../i18n/use-t';
import { useAgreementActions } from './agreement-actions';
import { describeItem } from './calendar-text';
import { BoundProgrammes } from './bound-programmes';
import { OpenDeficiencies } from './breaches/open-deficiencies';
import { PeriodPanel } from './amendments/period-panel';
import { LifecyclePanel } from './lifecycle-panel';
import { SignaturesPanel } from './signatures-panel';
import { StateBadge } from './state-badge';
import { AttachmentsPanel } from '../../components/attachments/attachments-panel';

interface Props {
  agreement: Agreement;
  role: Role;
  /** The date the page shows the agreement as of (null: today; only then can it be changed). */
  asOf: string | null;
  /** Starts an amendment extending the agreement. */
  onExtend(): void;
}

export function SummaryTab({ agreement, role, asOf, onExtend }: Props) {
  const t = useT();
  const language = useLanguage();
  const setCompleted = useAgreementActions().setCompleted;
  const canWrite = mayCall('agreements:transition', role) && asOf === null;
  const nameOf = (id: number) => agreement.organisations.find((o) => o.id === id)?.name;
  const bodyName = (key: string) => agreement.data.governanceBodies.find((b) => b.key === key)?.name;
  const attention = attentionItems(agreement.calendar);
  const canComplete = mayCall('agreements:setCompleted', role) && asOf === null;

  // The timeline: derived dates, status changes and meetings held, in date order.
  const timeline = [
    ...agreement.calendar
      .filter((i) => i.kind !== 'payment')
      .map((i) => ({
        key: i.key,
        date: i.date,
        what: describeItem(i, language, t, nameOf, bodyName),
        badge: <StateBadge state={i.state} />,
      })),
    ...agreement.statusHistory.map((h, n) => ({
      key: `status-${n}`,
      date: h.at.slice(0, 10),
      what: t('timeline.status', { status: statusLabels[language][h.to] }) + (h.by ? ` (${h.by})` : ''),
      badge: (
        <Badge variant="outline" color="dark">
          {t('timeline.statusBadge')}
        </Badge>
      ),
    })),
    ...agreement.meetings.map((m) => ({
      key: `meeting-${m.id}`,
      date: m.date,
      what: t('timeline.meeting', { body: bodyName(m.bodyKey) ?? m.bodyKey }),
      badge: (
        <Badge variant="outline" color="dark">
          {t('timeline.meetingBadge')}
        </Badge>
      ),
    })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack gap="xl">
          <LifecyclePanel agreement={agreement} canWrite={canWrite} />
          <PeriodPanel
            agreement={agreement}
            canWrite={canWrite && mayCall('agreements:saveAmendment', role)}
            asOf={asOf}
            onExtend={onExtend}
          />
          <SignaturesPanel agreement={agreement} canWrite={canWrite} />
          {mayCall('programmes:list', role) && <BoundProgrammes agreementId={agreement.id} />}
          <AttachmentsPanel
            record={{ kind: 'agreement', id: agreement.id }}
            title={t('attachments.ofAgreement')}
          />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack gap="xl">
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('summary.attention')}
            </Title>
            {attention.length === 0 ? (
              <Text size="sm">{t('summary.nothingDue')}</Text>
            ) : (
              <ul className="agr-timeline" aria-label={t('summary.attention')}>
                {attention.map((item) => (
                  <li key={item.key}>
                    <time dateTime={item.date}>{item.date}</time>
                    <StateBadge state={item.state} />
                    <Stack gap={4} align="flex-start">
                      <span>{describeItem(item, language, t, nameOf, bodyName)}</span>
                      {canComplete &&
                        (item.kind === 'followUp' || item.kind === 'extensionDecision') &&
                        item.count === 1 && (
                          <Button
                            size="compact-xs"
                            variant="light"
                            onClick={() => void setCompleted(item.key, true)}
                          >
                            {t('summary.markDone')}
                          </Button>
                        )}
                    </Stack>
                  </li>
                ))}
              </ul>
            )}
          </Stack>
          {mayCall('agreements:deficiencies', role) && asOf === null && (
            <OpenDeficiencies agreement={agreement} />
          )}
          {agreement.checklists.map((checklist) => (
            <Stack key={checklist.organisationId} gap="xs">
              <Title order={2} size="h4">
                {t('summary.checklist', { name: nameOf(checklist.organisationId) ?? '' })}
              </Title>
              <Text
                size="sm"
                fw={600}
                c={checklist.gaps.length > 0 ? 'red.9' : 'var(--mantine-color-green-light-color)'}
              >
                {checklist.gaps.length === 0
                  ? t('summary.checklistComplete')
                  : t('summary.checklistGaps', { count: checklist.gaps.length })}
              </Text>
              <List spacing={4} size="sm" center>
                {checklist.items.map((item) => (
                  <List.Item
                    key={item.requirement}
                    icon={
                      <ThemeIcon
                        size={20}
                        radius="xl"
                        color={
                          item.status === 'met' ? 'green.9' : item.status === 'notMet' ? 'red.9' : 'yellow.9'
                        }
                        aria-hidden="true"
                      >
                        {item.status === 'met' ? (
                          <IconCheck size={14} />
                        ) : item.status === 'notMet' ? (
                          <IconAlertTriangle size={14} />
                        ) : (
                          <IconQuestionMark size={14} />
                        )}
                      </ThemeIcon>
                    }
                  >
                    <Text span size="sm" fw={item.status === 'met' ? 400 : 700}>
                      {t(`requirement.${item.requirement}`)}
                    </Text>{' '}
                    <Text span size="sm">
                      ({t(`requirementStatus.${item.status}`)}
                      {item.checkedOn ? `, ${item.checkedOn}` : ''})
                    </Text>
                  </List.Item>
                ))}
              </List>
            </Stack>
          ))}
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('summary.timeline')}
            </Title>
            <ul className="agr-timeline" aria-label={t('summary.timeline')}>
              {timeline.map((row) => (
                <li key={row.key}>
                  <time dateTime={row.date}>{row.date}</time>
                  {row.badge}
                  <span>{row.what}</span>
                </li>
              ))}
            </ul>
          </Stack>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
