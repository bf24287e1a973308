// A package for a verified partner from where the user already is: choose the
// partner, then a folder; the package is saved there to send securely. Used
// for the registration notice (enrolment page) and the hand-back (gallring).
import { Button, Stack, Text } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { AppError, Envelope } from '../../../../shared/envelope';
import type { Partner } from '../../../../shared/ipc/exchange';
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { useT } from '../../i18n/use-t';
import { PackageDialogEnd, PartnerSelect } from './package-dialog-parts';
import { onlyPartner } from './link-partner';
import { makeInChosenFolder, usablePartners } from './use-exchange';

interface Props {
  label: string;
  title: string;
  intro: string;
  disabled?: boolean;
  make(partnerId: number, folder: string): Promise<Envelope<{ path: string }>>;
  onMade?(): void;
}

export function SendToPartnerButton({ label, title, intro, disabled, make, onMade }: Props) {
  const t = useT();
  const [partners, setPartners] = useState<Partner[] | null>(null);
  const [partnerId, setPartnerId] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  async function open() {
    setSaved(null);
    setError(null);
    const usable = await usablePartners();
    if (!usable.ok) return setError(usable.error);
    setPartners(usable.value);
    setPartnerId(onlyPartner(usable.value));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const made = await makeInChosenFolder((folder) => make(Number(partnerId), folder));
    if (!made.ok) return setError(made.error);
    if (made.value === null) return;
    setSaved(made.value.path);
    onMade?.();
  }

  return (
    <>
      <Button
        variant="default"
        leftSection={<IconSend size={16} aria-hidden="true" />}
        onClick={() => void open()}
        disabled={disabled}
      >
        {label}
      </Button>
      {partners === null && <ErrorAlert error={error} />}
      <AppModal opened={partners !== null} onClose={() => setPartners(null)} size="lg" title={title}>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="sm">
            <Text size="sm">{intro}</Text>
            <PartnerSelect partners={partners} value={partnerId} onChange={setPartnerId} />
            <PackageDialogEnd
              error={error}
              savedText={saved ? t('exchange.packageSaved', { path: saved }) : null}
              onClose={() => setPartners(null)}
              submitLabel={t('exchange.makePackage')}
              submitDisabled={partnerId === ''}
            />
          </Stack>
        </form>
      </AppModal>
    </>
  );
}
