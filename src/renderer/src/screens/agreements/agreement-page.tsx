// One agreement: its heading (title, registration number, status, period),
// the date it is shown as in force, and tabs for the summary (lifecycle,
// checklist, timeline), the content editor, the amendments (history and the
// editor in amendment mode), the economy, meetings, versions and documents.
import { Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Role } from '../../../../shared/roles';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/error-alert';
import { PageTitle } from '../../components/page-title';
import { BackButton } from '../../components/back-button';
import { PagePending } from '../../components/page-pending';
import { useT } from '../../i18n/use-t';
import { goTo } from '../../navigation/navigate';
import { agreementTabs, type AgreementTab } from '../../navigation/routes';
import { useOpenAgreement } from './use-agreement';
import { AsOfField } from './amendments/as-of-field';
import {
  extensionAmendment,
  newAmendment,
  reopenDraft,
  type AmendmentEditing,
} from './amendments/amendment-draft';
import { AmendmentsTab } from './amendments/amendments-tab';
import { CommitmentsTab } from './commitments/commitments-tab';
import { DocumentsTab } from './documents-tab';
import { EconomyTab } from './economy-tab';
import { BreachesTab } from './breaches/breaches-tab';
import { AgreementEditor } from './editor/agreement-editor';
import { MeetingsTab } from './meetings-tab';
import { StatusBadge } from './status-badge';
import { DeleteDraftButton } from './delete-draft-button';
import { SummaryTab } from './summary-tab';
import { VersionsTab } from './versions-tab';

const isTab = (value: string | null): value is AgreementTab =>
  (agreementTabs as readonly (string | null)[]).includes(value);

/** The agreement `id` on its `tab` (both the route's). */
export function AgreementPage({ id, tab, role }: { id: number; tab: AgreementTab; role: Role }) {
  const t = useT();
  const open = useOpenAgreement();
  const current = open.agreement?.id === id ? open.agreement : null;
  const { loading, error, asOf } = open;
  // A tab is part of the route but not a step of its own in history.
  const setTab = (next: AgreementTab) => goTo({ name: 'agreement', id, tab: next }, { replace: true });
  // The amendment being written (the editor in amendment mode), and a key that starts each one afresh.
  const [amending, setAmending] = useState<AmendmentEditing | null>(null);
  const [amendingKey, setAmendingKey] = useState(0);

  const back = <BackButton label={t('agreements.backToList')} onClick={() => goTo({ name: 'agreements' })} />;
  if (!current)
    return <PagePending back={back} title={t('agreements.title')} loading={loading} error={error} />;

  const canWrite = mayCall('agreements:update', role);
  const canAmend = mayCall('agreements:saveAmendment', role) && asOf === null;
  // Main's today (the view without a date asked for) for the dates a new amendment starts from.
  const today = current.life.asOf;
  const amend = (editing: AmendmentEditing | null) => {
    if (!editing) return;
    setAmending(editing);
    setAmendingKey((k) => k + 1);
    setTab('amendments');
  };
  const period = current.data.period;
  // As of another date: the end in force then (a notice given by then moves it).
  const shownEnd =
    asOf === null
      ? current.effectiveEnd
      : current.noticeGiven && current.noticeGiven.givenOn <= asOf
        ? current.effectiveEnd
        : period.end;
  return (
    <Stack gap="md">
      {back}
      <Group justify="space-between" align="flex-start">
        <div>
          <PageTitle>{current.data.title}</PageTitle>
          <Group gap="sm" mt={4}>
            <Text fw={600}>{t('agreements.dnr', { dnr: current.data.registrationNumber })}</Text>
            <StatusBadge status={current.status} />
            <Text size="sm">
              {period.start} – {shownEnd}
            </Text>
          </Group>
        </div>
        {current.status === 'draft' && asOf === null && mayCall('agreements:deleteDraft', role) && (
          <DeleteDraftButton />
        )}
      </Group>
      <AsOfField changeDates={current.life.changeDates} />
      <ErrorAlert error={error} />
      <Tabs value={tab} onChange={(v) => isTab(v) && setTab(v)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="summary">{t('agreement.tabSummary')}</Tabs.Tab>
          <Tabs.Tab value="commitments">{t('agreement.tabCommitments')}</Tabs.Tab>
          <Tabs.Tab value="content">{t('agreement.tabContent')}</Tabs.Tab>
          <Tabs.Tab value="amendments">{t('agreement.tabAmendments')}</Tabs.Tab>
          <Tabs.Tab value="economy">{t('agreement.tabEconomy')}</Tabs.Tab>
          <Tabs.Tab value="meetings">{t('agreement.tabMeetings')}</Tabs.Tab>
          {mayCall('agreements:deficiencies', role) && (
            <Tabs.Tab value="breaches">{t('agreement.tabBreaches')}</Tabs.Tab>
          )}
          {mayCall('agreements:revisions', role) && (
            <Tabs.Tab value="versions">{t('agreement.tabVersions')}</Tabs.Tab>
          )}
          {mayCall('agreements:generateDocument', role) && (
            <Tabs.Tab value="documents">{t('agreement.tabDocuments')}</Tabs.Tab>
          )}
        </Tabs.List>
        <Tabs.Panel value="summary" pt="md">
          <SummaryTab
            agreement={current}
            role={role}
            asOf={asOf}
            onExtend={() => amend(extensionAmendment(current, today, t('amendment.extensionReason')))}
          />
        </Tabs.Panel>
        <Tabs.Panel value="commitments" pt="md">
          <CommitmentsTab agreement={current} role={role} />
        </Tabs.Panel>
        <Tabs.Panel value="content" pt="md">
          <AgreementEditor
            key={`${current.id}:${current.version}:${asOf ?? ''}`}
            agreement={current}
            canWrite={canWrite && asOf === null}
            onAmend={canAmend ? () => amend(newAmendment(current, today)) : undefined}
          />
        </Tabs.Panel>
        <Tabs.Panel value="amendments" pt="md">
          {amending && canAmend ? (
            <Stack gap="md">
              <Title order={2} size="h4">
                {amending.amendmentId === null
                  ? t('amendments.new')
                  : t('amendments.editDraft', {
                      n: current.life.amendments.find((a) => a.id === amending.amendmentId)?.number ?? '',
                    })}
              </Title>
              <AgreementEditor
                key={`amendment:${amendingKey}`}
                agreement={current}
                canWrite={canAmend}
                amending={{ editing: amending, onClose: () => setAmending(null) }}
              />
            </Stack>
          ) : (
            <AmendmentsTab
              agreement={current}
              canWrite={canAmend}
              asOf={asOf}
              onNew={() => amend(newAmendment(current, today))}
              onEdit={(id) => amend(reopenDraft(current, id))}
            />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="economy" pt="md">
          <EconomyTab agreement={current} role={role} />
        </Tabs.Panel>
        <Tabs.Panel value="meetings" pt="md">
          <MeetingsTab agreement={current} role={role} />
        </Tabs.Panel>
        <Tabs.Panel value="breaches" pt="md">
          <BreachesTab agreement={current} role={role} />
        </Tabs.Panel>
        <Tabs.Panel value="versions" pt="md">
          <VersionsTab agreement={current} />
        </Tabs.Panel>
        <Tabs.Panel value="documents" pt="md">
          <DocumentsTab agreement={current} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
