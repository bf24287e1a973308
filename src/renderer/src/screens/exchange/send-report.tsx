// "Skicka rapport till partner" on Rapporter (the organisation): the annual
// report of one agreement and year, anonymised exactly as the report screen
// builds it (small counts hidden), encrypted to the public party's key and
// saved in a chosen folder to send securely. The shown report's agreement and
// year are proposed.
import { Alert, Button, NativeSelect, Stack, Text } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import type { Partner } from '../../../../shared/ipc/exchange';
import type { Report, ReportAgreement } from '../../../../shared/ipc/reports';
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { useT } from '../../i18n/use-t';
import { PackageDialogEnd, PartnerSelect } from './package-dialog-parts';
import { onlyPartner } from './link-partner';
import { exchangeApi, makeInChosenFolder, usablePartners } from './use-exchange';

interface Choices {
  partners: Partner[];
  agreements: ReportAgreement[];
}

/** The agreement and calendar year of the report on screen, if it is one agreement's whole year. */
function proposal(report: Report | null): { agreementId: string; year: string } {
  const thisYear = String(new Date().getFullYear());
  if (!report || report.scope.agreementId === null) return { agreementId: '', year: thisYear };
  const whole =
    report.period.from.endsWith('-01-01') &&
    report.period.to.endsWith('-12-31') &&
    report.period.from.slice(0, 4) === report.period.to.slice(0, 4);
  return {
    agreementId: String(report.scope.agreementId),
    year: whole ? report.period.from.slice(0, 4) : thisYear,
  };
}

export function SendReportButton({ current }: { current: Report | null }) {
  const t = useT();
  const [choices, setChoices] = useState<Choices | null>(null);
  const [partnerId, setPartnerId] = useState('');
  const [agreementId, setAgreementId] = useState('');
  const [year, setYear] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 8 }, (_, i) => String(thisYear - i));

  async function open() {
    setSaved(null);
    setError(null);
    const [partners, agreements] = await Promise.all([usablePartners(), exchangeApi.reportAgreements()]);
    if (!partners.ok) return setError(partners.error);
    if (!agreements.ok) return setError(agreements.error);
    const usable = partners.value;
    const proposed = proposal(current);
    setPartnerId(onlyPartner(usable));
    setAgreementId(proposed.agreementId);
    setYear(proposed.year);
    setChoices({ partners: usable, agreements: agreements.value });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const made = await makeInChosenFolder((folder) =>
      exchangeApi.makeReport({
        partnerId: Number(partnerId),
        agreementId: Number(agreementId),
        year: Number(year),
        folder,
      }),
    );
    if (!made.ok) return setError(made.error);
    if (made.value === null) return;
    setSaved(made.value.path);
  }

  return (
    <>
      <Button
        variant="default"
        leftSection={<IconSend size={16} aria-hidden="true" />}
        onClick={() => void open()}
      >
        {t('exchange.sendReport')}
      </Button>
      {choices === null && <ErrorAlert error={error} />}
      <AppModal
        opened={choices !== null}
        onClose={() => setChoices(null)}
        size="lg"
        title={t('exchange.sendReportTitle')}
      >
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="sm">
            <Text size="sm">{t('exchange.sendReportIntro')}</Text>
            {choices && choices.partners.length === 0 && (
              <Alert color="orange" role="note">
                {t('exchange.noUsablePartner')}
              </Alert>
            )}
            <PartnerSelect partners={choices?.partners} value={partnerId} onChange={setPartnerId} />
            <NativeSelect
              label={t('exchange.reportAgreement')}
              value={agreementId}
              onChange={(e) => setAgreementId(e.currentTarget.value)}
              data={[
                { value: '', label: t('exchange.chooseAgreement') },
                ...(choices?.agreements ?? []).map((a) => ({
                  value: String(a.id),
                  label: a.registrationNumber ? `${a.title} (${a.registrationNumber})` : a.title,
                })),
              ]}
            />
            <NativeSelect
              label={t('exchange.reportYear')}
              value={year}
              onChange={(e) => setYear(e.currentTarget.value)}
              data={years}
            />
            <PackageDialogEnd
              error={error}
              savedText={saved ? t('exchange.packageSaved', { path: saved }) : null}
              onClose={() => setChoices(null)}
              submitLabel={t('exchange.makePackage')}
              submitDisabled={partnerId === '' || agreementId === ''}
            />
          </Stack>
        </form>
      </AppModal>
    </>
  );
}
