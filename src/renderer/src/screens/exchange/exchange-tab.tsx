// Administration → Partnerutbyte: the installation's identity and the partner register.
import { Badge, Button, Code, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import type { AppError } from '../../../../shared/envelope';
import type { ExchangeIdentityView, Partner } from '../../../../shared/ipc/exchange';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { useT } from '../../i18n/use-t';
import { CardModal, type CardModalState } from './card-modal';
import { IdentitySection } from './identity-section';
import { LinkPartnerButton } from './link-partner';
import { exchangeApi } from './use-exchange';

export function ExchangeTab() {
  const t = useT();
  const [identity, setIdentity] = useState<ExchangeIdentityView | null | undefined>(undefined);
  const [partners, setPartners] = useState<Partner[]>([]);
  const [organisations, setOrganisations] = useState<Map<number, string>>(new Map());
  const [modal, setModal] = useState<CardModalState>(null);
  const [error, setError] = useState<AppError | null>(null);

  const load = useCallback(async () => {
    const [id, list] = await Promise.all([exchangeApi.identity(), exchangeApi.partners()]);
    if (!id.ok) return setError(id.error);
    if (!list.ok) return setError(list.error);
    setIdentity(id.value);
    setPartners(list.value);
    if (list.value.some((p) => p.organisationId !== null)) {
      const orgs = await exchangeApi.organisations();
      if (orgs.ok) setOrganisations(new Map(orgs.value.map((o) => [o.id, o.name])));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  async function importCard() {
    setError(null);
    const chosen = await exchangeApi.chooseFile('exchangeCard');
    if (!chosen.ok) return setError(chosen.error);
    if (chosen.value.path === null) return;
    const preview = await exchangeApi.previewCard(chosen.value.path);
    if (!preview.ok) return setError(preview.error);
    setModal({ kind: 'card', path: chosen.value.path, preview: preview.value });
  }

  async function toggle(partner: Partner) {
    const result = await exchangeApi.setPartnerDisabled(partner.id, !partner.disabled);
    if (!result.ok) return setError(result.error);
    await load();
  }

  if (identity === undefined) return error ? <ErrorAlert error={error} /> : <LoadingState label={t('common.loading')} />;
  return (
    <Stack gap="xl">
      <IdentitySection identity={identity} onChange={() => void load()} />
      {identity && (
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} size="h3">
              {t('exchange.partners')}
            </Title>
            <Button leftSection={<IconFileImport size={16} aria-hidden="true" />} onClick={() => void importCard()}>
              {t('exchange.importCard')}
            </Button>
          </Group>
          <ErrorAlert error={error} />
          {partners.length === 0 ? (
            <Text size="sm">{t('exchange.noPartners')}</Text>
          ) : (
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('exchange.col.partner')}</Table.Th>
                  <Table.Th>{t('exchange.col.orgNumber')}</Table.Th>
                  <Table.Th>{t('exchange.col.fingerprint')}</Table.Th>
                  <Table.Th>{t('exchange.col.status')}</Table.Th>
                  <Table.Th>{t('exchange.col.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {partners.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      {p.organisationName}
                      <Text size="xs">{p.installationName}</Text>
                    </Table.Td>
                    <Table.Td>{p.orgNumber}</Table.Td>
                    <Table.Td>
                      <Code>{p.fingerprint}</Code>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {p.verified ? (
                          <Badge color="green" variant="light">
                            {t('exchange.verified')}
                          </Badge>
                        ) : (
                          <Badge color="orange" variant="light">
                            {t('exchange.notVerified')}
                          </Badge>
                        )}
                        {p.disabled && (
                          <Badge color="gray" variant="light">
                            {t('exchange.disabled')}
                          </Badge>
                        )}
                      </Group>
                      {p.verifiedAt && <Text size="xs">{t('exchange.verifiedBy', { name: p.comparedWith, date: p.verifiedAt.slice(0, 10) })}</Text>}
                      {(p.organisationId !== null || p.district !== '') && (
                        <Text size="xs">
                          {t('exchange.linkedTo', {
                            what: [
                              organisations.get(p.organisationId ?? 0),
                              p.district && t('exchange.linkedDistrict', { district: p.district }),
                            ]
                              .filter(Boolean)
                              .join(', '),
                          })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs">
                        {!p.verified && (
                          <Button size="xs" onClick={() => setModal({ kind: 'partner', partner: p })} aria-label={`${t('exchange.verifyLater')}: ${p.organisationName}`}>
                            {t('exchange.verifyLater')}
                          </Button>
                        )}
                        <LinkPartnerButton partner={p} onDone={() => void load()} />
                        <Button size="xs" variant="default" onClick={() => void toggle(p)} aria-label={`${p.disabled ? t('exchange.enable') : t('exchange.disable')}: ${p.organisationName}`}>
                          {p.disabled ? t('exchange.enable') : t('exchange.disable')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      )}
      <CardModal state={modal} onClose={() => setModal(null)} onDone={() => void load()} />
    </Stack>
  );
}
