// One child: identity, placement, guardians, caseworker, protected details
// behind an explicit and audited "Visa", enrolments, concern reports (facts
// only) and the form to enrol the child in a programme.
import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconEye, IconEyeOff, IconLockOpen, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import type { AppError } from '../../../../shared/envelope';
import type { Role } from '../../../../shared/roles';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/error-alert';
import { PageTitle } from '../../components/page-title';
import { BackButton } from '../../components/back-button';
import { PagePending } from '../../components/page-pending';
import { ageFactsOf, personTermOn } from '../../../../shared/support-groups/person-term';
import { forPerson } from '../../i18n/translate';
import { useT } from '../../i18n/use-t';
import { runApi } from '../../data/use-api-mutation';
import { useRevealed, useRevealedStore } from '../../stores/revealed-store';
import { useChild } from './use-children';
import { goTo } from '../../navigation/navigate';
import { localDateTime } from '../../format/dates';
import { ageText, todayIso } from '../support-groups/labels';
import { ConcernReportForm } from './concern-report-form';
import { EnrolForm } from './enrol-form';
import { LiftProtectionModal } from './lift-protection-modal';
import { DeleteChildButton } from './delete-child-button';
import { SendReferralButton } from '../exchange/send-referral';
import { SendConsentChangeButton } from '../exchange/send-consent-change';
import { ChildPackages } from '../exchange/child-packages';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm">{children || '–'}</Text>
    </div>
  );
}

/** The child `id` (the route's). */
export function ChildPage({
  id,
  canWrite,
  canReveal,
  role,
}: {
  id: number;
  canWrite: boolean;
  canReveal: boolean;
  role: Role;
}) {
  const t = useT();
  const { child, loading, error } = useChild(id);
  const revealed = useRevealed(id);
  const hideRevealed = useRevealedStore((s) => s.hide);
  const [revealError, setRevealError] = useState<AppError | null>(null);
  const [liftOpen, setLiftOpen] = useState(false);
  const [sent, setSent] = useState(0);

  const back = <BackButton label={t('children.backToList')} onClick={() => goTo({ name: 'children' })} />;
  if (!child) return <PagePending back={back} title={t('children.title')} loading={loading} error={error} />;

  const details = child.contact.masked ? revealed : child.contact.details;
  const openEnrolment = (enrolmentId: number) => goTo({ name: 'enrolment', id: enrolmentId });

  return (
    <Stack gap="lg" maw={1000}>
      {back}
      <Group justify="space-between" align="flex-start">
        <PageTitle>{child.name}</PageTitle>
        <Group gap="xs">
          {canWrite && (
            <Button
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden="true" />}
              onClick={() => goTo({ name: 'childEdit', id })}
            >
              {t('childPage.edit')}
            </Button>
          )}
          {mayCall('exchange:makeReferral', role) && (
            <SendReferralButton child={child} onMade={() => setSent((n) => n + 1)} />
          )}
          {mayCall('exchange:makeConsentChange', role) && (
            <SendConsentChangeButton child={child} onMade={() => setSent((n) => n + 1)} />
          )}
          {mayCall('children:deleteMistake', role) && <DeleteChildButton child={child} />}
        </Group>
      </Group>
      {child.possibleDuplicateIds.length > 0 && (
        <Alert color="orange" variant="light" title={t('childPage.possibleDuplicate')}>
          {t('childPage.possibleDuplicateBody', { count: child.possibleDuplicateIds.length })}
        </Alert>
      )}

      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Fact label={t(`identityKind.${child.identityKind}`)}>
            {child.identityNumber ?? (child.nameIsAlias ? t('children.alias') : '')}
          </Fact>
          <Fact label={t('childPage.age')}>
            {child.ageBand && child.ageBandOn
              ? t('childPage.ageBand', { band: t(`ageBand.${child.ageBand}`), date: child.ageBandOn })
              : ageText(t, child.birthDate, child.birthYear)}
          </Fact>
          <Fact label={t('childForm.gender')}>{t(`gender.${child.gender}`)}</Fact>
          <Fact label={t('childForm.placementBasis')}>{t(`placement.${child.placementBasis}`)}</Fact>
          <Fact label={t('childForm.homeMunicipality')}>{child.homeMunicipality}</Fact>
          <Fact label={t('childForm.district')}>{child.district}</Fact>
        </SimpleGrid>
      </Paper>

      <section aria-labelledby="child-contact">
        <Group justify="space-between">
          <Title order={2} size="h4" id="child-contact">
            {t('childPage.contactAndFosterHome')}
          </Title>
          {child.protectedIdentity && (
            <Group gap="xs">
              <Badge color="red" variant="light">
                {t('children.protected')}
              </Badge>
              {canReveal && (
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconLockOpen size={14} aria-hidden="true" />}
                  onClick={() => setLiftOpen(true)}
                >
                  {t('childPage.liftProtection')}
                </Button>
              )}
            </Group>
          )}
        </Group>
        <LiftProtectionModal child={child} opened={liftOpen} onClose={() => setLiftOpen(false)} />
        {details ? (
          <Paper withBorder p="md" mt="xs">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Fact label={t('childPage.address')}>
                {[details.address.street, `${details.address.postalCode} ${details.address.city}`.trim()]
                  .filter(Boolean)
                  .join(', ')}
              </Fact>
              <Fact label={t('childForm.phone')}>
                {[details.phone, details.email].filter(Boolean).join(', ')}
              </Fact>
              <Fact label={t('childForm.fosterHome')}>{details.fosterHome.name}</Fact>
              <Fact label={t('childPage.fosterHomeContact')}>
                {[
                  details.fosterHome.phone,
                  details.fosterHome.email,
                  details.fosterHome.address.street,
                  details.fosterHome.address.city,
                ]
                  .filter(Boolean)
                  .join(', ')}
              </Fact>
            </SimpleGrid>
            {child.contact.masked && (
              <Button
                mt="sm"
                variant="default"
                leftSection={<IconEyeOff size={16} aria-hidden="true" />}
                onClick={hideRevealed}
              >
                {t('childPage.hide')}
              </Button>
            )}
          </Paper>
        ) : (
          <Alert color="gray" variant="light" mt="xs">
            <Text size="sm">
              {t(forPerson('childPage.maskedBody', personTermOn(ageFactsOf(child), todayIso())))}
            </Text>
            {canReveal && (
              <Button
                mt="sm"
                variant="default"
                leftSection={<IconEye size={16} aria-hidden="true" />}
                onClick={async () => {
                  // Called directly: no copy of the details stays in the mutation cache.
                  const result = await runApi('children:reveal', { id });
                  if (result.ok) useRevealedStore.getState().show(id, result.value);
                  setRevealError(result.ok ? null : result.error);
                }}
              >
                {t('childPage.reveal')}
              </Button>
            )}
            <ErrorAlert error={revealError} />
          </Alert>
        )}
      </section>

      {child.protectionChanges.length > 0 && (
        <section aria-labelledby="child-protection-history">
          <Title order={2} size="h4" id="child-protection-history">
            {t('childPage.protectionHistory')}
          </Title>
          <Table mt="xs" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('childPage.protectionChangedAt')}</Table.Th>
                <Table.Th>{t('childPage.protectionChange')}</Table.Th>
                <Table.Th>{t('liftProtection.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {child.protectionChanges.map((c) => (
                <Table.Tr key={`${c.changedAt}-${c.change}`}>
                  <Table.Td>{localDateTime(c.changedAt)}</Table.Td>
                  <Table.Td>
                    {c.change === 'set' ? t('childPage.protectionSet') : t('childPage.protectionLifted')}
                  </Table.Td>
                  <Table.Td>{c.reason || '–'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>
      )}

      <section aria-labelledby="child-guardians">
        <Title order={2} size="h4" id="child-guardians">
          {t('childForm.guardians')}
        </Title>
        <Table mt="xs" withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('childPage.guardianName')}</Table.Th>
              <Table.Th>{t('childPage.guardianContact')}</Table.Th>
              <Table.Th>{t('childPage.role')}</Table.Th>
              <Table.Th>{t('childForm.hasCustody')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {child.guardians.map((g) => (
              <Table.Tr key={g.id}>
                <Table.Td>{g.name}</Table.Td>
                <Table.Td>{[g.phone, g.email].filter(Boolean).join(', ')}</Table.Td>
                <Table.Td>
                  {g.representative ? t(`representative.${g.representative}`) : t('childForm.roleParent')}
                </Table.Td>
                <Table.Td>{g.hasCustody ? t('sgCommon.yes') : t('sgCommon.no')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="sm" mt="xs">
          {t('childPage.caseworkerLine', {
            name: child.caseworker.name || '–',
            unit: child.caseworker.unit || '–',
            contact: [child.caseworker.phone, child.caseworker.email].filter(Boolean).join(', ') || '–',
          })}
        </Text>
      </section>

      <section aria-labelledby="child-enrolments">
        <Title order={2} size="h4" id="child-enrolments">
          {t('childPage.enrolments')}
        </Title>
        {child.enrolments.length === 0 ? (
          <Text size="sm" mt="xs">
            {/* Not enrolled anywhere: the day that counts is today. */}
            {t(forPerson('childPage.noEnrolments', personTermOn(ageFactsOf(child), todayIso())))}
          </Text>
        ) : (
          <Table mt="xs" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('childPage.programme')}</Table.Th>
                <Table.Th>{t('childPage.group')}</Table.Th>
                <Table.Th>{t('childPage.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {child.enrolments.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>
                    <button type="button" className="sg-link-button" onClick={() => openEnrolment(e.id)}>
                      {e.programmeName}
                    </button>
                  </Table.Td>
                  <Table.Td>{e.groupName ?? '–'}</Table.Td>
                  <Table.Td>
                    {t(`enrolmentStatus.${e.status}` as 'enrolmentStatus.interest')}
                    {e.paused && (
                      <Badge ml="xs" color="red" variant="light">
                        {t('enrolment.paused')}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {mayCall('enrolments:create', role) && (
          <EnrolForm childId={child.id} age={ageFactsOf(child)} onEnrolled={openEnrolment} />
        )}
      </section>

      {mayCall('exchange:childPackages', role) && <ChildPackages childId={child.id} version={sent} />}

      <section aria-labelledby="child-concerns">
        <Title order={2} size="h4" id="child-concerns">
          {t('childPage.concernReports')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('childPage.concernReportsHint')}
        </Text>
        {child.concernReports.length > 0 && (
          <Table mt="xs" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('childPage.reportedOn')}</Table.Th>
                <Table.Th>{t('childPage.socialServices')}</Table.Th>
                <Table.Th>{t('childPage.reportedBy')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {child.concernReports.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{r.reportedOn}</Table.Td>
                  <Table.Td>{r.socialServices}</Table.Td>
                  <Table.Td>{r.reportedBy}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {canWrite && <ConcernReportForm childId={child.id} />}
      </section>
    </Stack>
  );
}
