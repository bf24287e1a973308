// "Koppla" in the partner register: which organisation in this register the
// partner is, and which district it belongs with. The link decides whose
// reports show beside an agreement, which partner is proposed when sending
// about a child of that district, and whose children a hand-back carries.
import { Autocomplete, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import type { Partner } from '../../../../shared/ipc/exchange';
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { useT } from '../../i18n/use-t';
import { exchangeApi } from './use-exchange';

interface Choices {
  organisations: { id: number; name: string }[];
  districts: string[];
}

export function LinkPartnerButton({ partner, onDone }: { partner: Partner; onDone(): void }) {
  const t = useT();
  const [choices, setChoices] = useState<Choices | null>(null);
  const [organisationId, setOrganisationId] = useState('');
  const [district, setDistrict] = useState('');
  const [error, setError] = useState<AppError | null>(null);

  async function open() {
    setError(null);
    const [organisations, districts] = await Promise.all([
      exchangeApi.organisations(),
      exchangeApi.districts(),
    ]);
    if (!organisations.ok) return setError(organisations.error);
    if (!districts.ok) return setError(districts.error);
    setOrganisationId(partner.organisationId === null ? '' : String(partner.organisationId));
    setDistrict(partner.district);
    setChoices({ organisations: organisations.value, districts: districts.value });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const result = await exchangeApi.linkPartner({
      partnerId: partner.id,
      organisationId: organisationId === '' ? null : Number(organisationId),
      district: district.trim(),
    });
    if (!result.ok) return setError(result.error);
    setChoices(null);
    onDone();
  }

  return (
    <>
      <Button
        size="xs"
        variant="default"
        onClick={() => void open()}
        aria-label={`${t('exchange.link')}: ${partner.organisationName}`}
      >
        {t('exchange.link')}
      </Button>
      {choices === null && <ErrorAlert error={error} />}
      <AppModal
        opened={choices !== null}
        onClose={() => setChoices(null)}
        size="lg"
        title={t('exchange.linkTitle', { name: partner.organisationName })}
      >
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="sm">
            <Text size="sm">{t('exchange.linkIntro')}</Text>
            <NativeSelect
              label={t('exchange.linkOrganisation')}
              value={organisationId}
              onChange={(e) => setOrganisationId(e.currentTarget.value)}
              data={[
                { value: '', label: t('exchange.linkNoOrganisation') },
                ...(choices?.organisations ?? []).map((o) => ({ value: String(o.id), label: o.name })),
              ]}
            />
            <Autocomplete
              label={t('exchange.linkDistrict')}
              description={t('exchange.linkDistrictHint')}
              value={district}
              onChange={setDistrict}
              data={choices?.districts ?? []}
              maxLength={100}
            />
            <ErrorAlert error={error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setChoices(null)}>
                {t('exchange.close')}
              </Button>
              <Button type="submit">{t('exchange.linkSave')}</Button>
            </Group>
          </Stack>
        </form>
      </AppModal>
    </>
  );
}

/** The partner to propose for a child: the one linked to the child's district, else the only one. */
export function proposedPartner(usable: readonly Partner[], district: string): string {
  const linked = usable.filter(
    (p) =>
      p.district !== '' && p.district.toLocaleLowerCase('sv') === district.trim().toLocaleLowerCase('sv'),
  );
  if (linked.length === 1) return String(linked[0]!.id);
  return onlyPartner(usable);
}

/** The partner to propose when there is nothing else to go by: the only one, if there is one. */
export const onlyPartner = (usable: readonly Partner[]): string =>
  usable.length === 1 ? String(usable[0]!.id) : '';
