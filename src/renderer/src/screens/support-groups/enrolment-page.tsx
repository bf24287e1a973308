// One child's enrolment: status and its next steps, what is missing before
// the first session, who consents and in what capacity (the person at 18,
// custodians, a god man or a särskilt förordnad vårdnadshavare), the notice to social services,
// the child's own view, the visit before the group and the fee.
import { Alert, Badge, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { Enrolment } from '../../../../shared/ipc/support-groups';
import type { ConsentCapacity } from '../../../../shared/support-groups/vocabulary';
import { forPerson, type Translate } from '../../i18n/translate';
import { formatMoney } from '../../../../shared/agreements/money';
import { PageTitle } from '../../components/page-title';
import { BackButton } from '../../components/back-button';
import { PagePending } from '../../components/page-pending';
import { useT } from '../../i18n/use-t';
import { goTo, previousRoute } from '../../navigation/navigate';
import { listOf, screenOf } from '../../navigation/routes';
import { useEnrolment } from './use-support-groups';
import { ConsentForm } from './consent-form';
import { ChildViewForm, FeeForm, NoticeForm, PreVisitForm } from './enrolment-facts-forms';
import { SendToPartnerButton } from '../exchange/send-to-partner';
import { exchangeApi } from '../exchange/use-exchange';
import { consenterSuffix, gateItemText, percent, todayIso } from './labels';
import { TransitionForm } from './transition-form';
import { EnrolmentPrints } from '../printing/enrolment-prints';
import { AttachmentsPanel } from '../../components/attachments/attachments-panel';

type ConsentState = Enrolment['guardianConsents'][number]['participation'];

/** Who consents, and in what capacity: one row per person asked (and the others, marked as not asked). */
function ConsentTable({ enrolment }: { enrolment: Enrolment }) {
  const t = useT();
  const notAsked = (capacity: ConsentCapacity) =>
    !enrolment.consentRequired
      ? t('consentState.notRequiredLvu')
      : enrolment.consentBasis === 'self'
        ? t('consentState.notRequiredAdult')
        : enrolment.consentBasis === 'godMan' && capacity !== 'godMan'
          ? t('consentState.notRequiredGodMan')
          : capacity === 'noCustody'
            ? t('consentState.noCustody')
            : t('consentState.notRequired');
  const state = (value: ConsentState, capacity: ConsentCapacity) =>
    value === 'notRequired' ? notAsked(capacity) : t(`consentState.${value}`);
  const own = enrolment.selfConsent;
  return (
    <Table withTableBorder mt="xs" aria-label={t('enrolment.consentTable')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('enrolment.consentWho')}</Table.Th>
          <Table.Th>{t('consentScope.participation')}</Table.Th>
          <Table.Th>{t('consentScope.dataSharing')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {own && (
          <Table.Tr>
            <Table.Td>
              <ConsenterName name={enrolment.childName} capacity="self" />
            </Table.Td>
            <Table.Td>{state(own.participation, 'self')}</Table.Td>
            <Table.Td>{state(own.dataSharing, 'self')}</Table.Td>
          </Table.Tr>
        )}
        {enrolment.guardianConsents.map((g) => (
          <Table.Tr key={g.guardianId}>
            <Table.Td>
              <ConsenterName name={g.guardianName} capacity={g.capacity} />
            </Table.Td>
            <Table.Td>{state(g.participation, g.capacity)}</Table.Td>
            <Table.Td>{state(g.dataSharing, g.capacity)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** "Gunnar Godman (god man)", "Amir – personen själv (18 år)": a name and the capacity consented in. */
function ConsenterName({ name, capacity }: { name: string; capacity: ConsentCapacity }) {
  const t = useT();
  return (
    <>
      {name}
      <Text span size="sm" c="dimmed">
        {consenterSuffix(t, capacity)}
      </Text>
    </>
  );
}

function consentRule(t: Translate, e: Enrolment): string {
  switch (e.consentBasis) {
    case 'notRequired':
      return t(forPerson('enrolment.consentRuleLvu', e.personTerm));
    case 'self': {
      const rule = t('enrolment.consentRuleSelf', { date: e.groupStartDate ?? todayIso() });
      const earlier = e.consents.some((c) => c.capacity !== 'self');
      return earlier ? `${rule} ${t('enrolment.consentRuleSelfEarlier')}` : rule;
    }
    case 'godMan':
      return t('enrolment.consentRuleGodMan');
    case 'custodians':
      return t('enrolment.consentRuleSol');
  }
}

/** The enrolment `id` (the route's). */
export function EnrolmentPage({ id, canWrite, canSendNotice }: { id: number; canWrite: boolean; canSendNotice: boolean }) {
  const t = useT();
  const { enrolment, loading, error } = useEnrolment(id);
  // Back to the support-group view the user came from (a group, a tab), else the groups list.
  const close = () => {
    const from = previousRoute();
    goTo(
      from && from.name !== 'enrolment' && screenOf(from) === 'supportGroups'
        ? from
        : listOf('supportGroups'),
    );
  };

  const back = <BackButton label={t('enrolment.back')} onClick={close} />;
  if (!enrolment)
    return <PagePending back={back} title={t('enrolment.title')} loading={loading} error={error} />;
  const e = enrolment;
  return (
    <Stack gap="lg" maw={1000}>
      {back}
      <PageTitle>{t('enrolment.heading', { child: e.childName, programme: e.programmeName })}</PageTitle>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Text size="sm">
            <strong>{t('childPage.status')}:</strong> {t(`enrolmentStatus.${e.status}`)}
            {e.paused && (
              <Badge ml="xs" color="red" variant="light">
                {t('enrolment.paused')}
              </Badge>
            )}
          </Text>
          <Text size="sm">
            <strong>{t('childPage.group')}:</strong>{' '}
            {e.groupName ? `${e.groupName} (${e.groupStartDate})` : '–'}
          </Text>
          <Text size="sm">
            <strong>{t('childForm.placementBasis')}:</strong> {t(`placement.${e.placementBasis}`)}
          </Text>
          <Text size="sm">
            <strong>{t('enrolForm.referredOn')}:</strong> {e.referredOn}
          </Text>
          <Text size="sm">
            <strong>{t('groupPage.age')}:</strong> {e.age ?? '–'}
            {e.ageWithinRange === false && ` (${t('enrolment.outsideRange')})`}
          </Text>
          <Text size="sm">
            <strong>{t('groupPage.attendance')}:</strong>{' '}
            {t('groupPage.rate', {
              present: e.rate.present,
              recorded: e.rate.recorded,
              rate: percent(e.rate.rate),
            })}
          </Text>
        </SimpleGrid>
        {e.ageOverrideReason && (
          <Text size="sm" mt="xs">
            <strong>{t('enrolForm.ageOverrideReason')}:</strong> {e.ageOverrideReason}
          </Text>
        )}
        {e.status === 'cancelled' && (
          <Text size="sm" mt="xs">
            <strong>{t('enrolment.cancelReason')}:</strong> {e.cancelReason}
          </Text>
        )}
      </Paper>

      {e.paused && (
        <Alert color="red" variant="light" title={t('enrolment.pausedTitle')}>
          {t('enrolment.pausedBody')}
        </Alert>
      )}

      <section aria-labelledby="enrolment-gate">
        <Title order={2} size="h4" id="enrolment-gate">
          {t(forPerson('enrolment.gate', e.personTerm))}
        </Title>
        {e.gate.ready ? (
          <Alert color="green" variant="light" mt="xs">
            {t(forPerson('enrolment.gateReady', e.personTerm))}
          </Alert>
        ) : (
          <Alert
            color="orange"
            variant="light"
            mt="xs"
            title={t(forPerson('enrolment.gateMissing', e.personTerm))}
          >
            <List size="sm">
              {e.gate.missing.map((item, i) => (
                <List.Item key={i}>{gateItemText(t, item)}</List.Item>
              ))}
            </List>
          </Alert>
        )}
      </section>

      {canWrite && e.allowedTransitions.length > 0 && <TransitionForm enrolment={e} />}

      <section aria-labelledby="enrolment-consent">
        <Title order={2} size="h4" id="enrolment-consent">
          {t('enrolment.consent')}
        </Title>
        <Text size="sm">{consentRule(t, e)}</Text>
        <ConsentTable enrolment={e} />
        {canWrite && e.consentRequired && <ConsentForm enrolment={e} />}
        {e.consents.length > 0 && (
          <>
            <Title order={3} size="h5" mt="md">
              {t('enrolment.consentHistory')}
            </Title>
            <div className="sg-scroll">
              <Table withTableBorder mt="xs" aria-label={t('enrolment.consentHistory')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('consentForm.decidedOn')}</Table.Th>
                    <Table.Th>{t('consentForm.guardian')}</Table.Th>
                    <Table.Th>{t('consentForm.scope')}</Table.Th>
                    <Table.Th>{t('consentForm.decision')}</Table.Th>
                    <Table.Th>{t('consentForm.method')}</Table.Th>
                    <Table.Th>{t('consentForm.documentReference')}</Table.Th>
                    <Table.Th>{t('enrolment.recordedBy')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {e.consents.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>{c.decidedOn}</Table.Td>
                      <Table.Td>
                        <ConsenterName name={c.guardianName ?? e.childName} capacity={c.capacity} />
                      </Table.Td>
                      <Table.Td>{t(`consentScope.${c.scope}`)}</Table.Td>
                      <Table.Td>{t(`consentDecision.${c.decision}`)}</Table.Td>
                      <Table.Td>{t(`consentMethod.${c.method}`)}</Table.Td>
                      <Table.Td>{c.documentReference || '–'}</Table.Td>
                      <Table.Td>{c.recordedBy ?? '–'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
            {e.consents.map((c) => (
              <AttachmentsPanel
                key={c.id}
                compact
                record={{ kind: 'consent', id: c.id }}
                title={t('attachments.ofConsent', {
                  date: c.decidedOn,
                  who: c.guardianName ?? e.childName,
                  scope: t(`consentScope.${c.scope}`),
                })}
              />
            ))}
          </>
        )}
      </section>

      <section aria-labelledby="enrolment-notice">
        <Title order={2} size="h4" id="enrolment-notice">
          {t('enrolment.notice')}
        </Title>
        {e.notice && (
          <Text size="sm">
            {t('enrolment.noticeLine', {
              on: e.notice.informedOn,
              by: e.notice.informedBy,
              whom: e.notice.informedWhom,
            })}
          </Text>
        )}
        {canWrite && (
          <NoticeForm
            key={`${e.notice?.informedOn}|${e.notice?.informedBy}|${e.notice?.informedWhom}`}
            enrolment={e}
          />
        )}
        {canSendNotice && e.groupId !== null && (
          <SendToPartnerButton
            label={t('exchange.sendNotice')}
            title={t('exchange.sendNoticeTitle')}
            intro={t('exchange.sendNoticeIntro')}
            make={(partnerId, folder) => exchangeApi.makeRegistrationNotice(partnerId, e.id, folder)}
          />
        )}
      </section>

      {canWrite && <EnrolmentPrints enrolment={e} today={todayIso()} canWrite={canWrite} />}

      <section aria-labelledby="enrolment-child-view">
        <Title order={2} size="h4" id="enrolment-child-view">
          {t(forPerson('enrolment.childView', e.personTerm))}
        </Title>
        {e.childView && (
          <Text size="sm">
            {t('enrolment.childViewLine', { on: e.childView.recordedOn, by: e.childView.recordedBy })}{' '}
            {e.childView.summary}
          </Text>
        )}
        {canWrite && <ChildViewForm enrolment={e} />}
      </section>

      <section aria-labelledby="enrolment-pre-visit">
        <Title order={2} size="h4" id="enrolment-pre-visit">
          {t('enrolment.preVisit')}
        </Title>
        {e.preVisit && (
          <Text size="sm">
            {t('enrolment.preVisitLine', {
              kind: t(`preVisit.${e.preVisit.kind}`),
              on: e.preVisit.visitedOn,
              by: e.preVisit.visitedBy,
            })}
          </Text>
        )}
        {canWrite && <PreVisitForm enrolment={e} />}
      </section>

      <section aria-labelledby="enrolment-fee">
        <Title order={2} size="h4" id="enrolment-fee">
          {t(forPerson('enrolment.fee', e.personTerm))}
        </Title>
        <Text size="sm">
          {e.fee.applies
            ? t('enrolment.feeLine', {
                amount: formatMoney(e.fee.amount),
                invoiced: e.fee.invoicedOn ?? '–',
                paid: e.fee.paidOn ?? '–',
              })
            : t('enrolment.noFee')}
        </Text>
        {canWrite && <FeeForm enrolment={e} />}
      </section>
      <AttachmentsPanel record={{ kind: 'enrolment', id: e.id }} title={t('attachments.ofEnrolment')} />
    </Stack>
  );
}
