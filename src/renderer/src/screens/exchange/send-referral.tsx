// "Skicka anmälan" on a child's page (the district's caseworker): to which
// verified partner, for which programme, and who has consented (with the
// date). Main refuses a referral the consents do not allow (SoL without the
// custodians' data-sharing consent); LVU and an adult's own consent need no
// custodian. The package is saved in a chosen folder to send securely.
import { Button, Checkbox, Stack, Text, TextInput } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import type { Child } from '../../../../shared/ipc/children';
import type { Partner } from '../../../../shared/ipc/exchange';
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { useFieldError } from '../../components/use-field-error';
import { useT } from '../../i18n/use-t';
import { proposedPartner } from './link-partner';
import { PackageDialogEnd, PartnerSelect } from './package-dialog-parts';
import { exchangeApi, makeInChosenFolder, usablePartners } from './use-exchange';

/** Who may have consented: each guardian, or the person themselves (key "self"). */
const consenterKeys = (child: Child) => [...child.guardians.map((g) => String(g.id)), 'self'];

export function SendReferralButton({ child, onMade }: { child: Child; onMade?(): void }) {
  const t = useT();
  const [partners, setPartners] = useState<Partner[] | null>(null);
  const [partnerId, setPartnerId] = useState('');
  const [programme, setProgramme] = useState('');
  const [consented, setConsented] = useState<string[]>([]);
  const [decidedOn, setDecidedOn] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const fieldError = useFieldError(error?.fields ?? {});

  async function open() {
    setSaved(null);
    setError(null);
    const usable = await usablePartners();
    if (!usable.ok) return setError(usable.error);
    setPartners(usable.value);
    setPartnerId(proposedPartner(usable.value, child.district));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const consents = consenterKeys(child)
      .filter((key) => consented.includes(key))
      .flatMap((key) =>
        (['participation', 'dataSharing'] as const).map((scope) => ({
          guardianId: key === 'self' ? null : Number(key),
          scope,
          decision: 'given' as const,
          decidedOn,
          method: 'written' as const,
        })),
      );
    const made = await makeInChosenFolder((folder) =>
      exchangeApi.makeReferral({
        partnerId: Number(partnerId),
        folder,
        referrals: [{ childId: child.id, programme, consents }],
      }),
    );
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
      >
        {t('exchange.sendReferral')}
      </Button>
      {partners === null && <ErrorAlert error={error} />}
      <AppModal
        opened={partners !== null}
        onClose={() => setPartners(null)}
        size="lg"
        title={t('exchange.sendReferralTitle', { name: child.name })}
      >
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="sm">
            <Text size="sm">{t('exchange.sendReferralIntro')}</Text>
            <PartnerSelect
              partners={partners}
              value={partnerId}
              onChange={setPartnerId}
              error={fieldError('partnerId')}
            />
            <TextInput
              label={t('exchange.programme')}
              description={t('exchange.programmeHint')}
              value={programme}
              onChange={(e) => setProgramme(e.currentTarget.value)}
              error={fieldError('referrals.0.programme')}
            />
            <Checkbox.Group
              label={t('exchange.consentedBy')}
              description={t('exchange.consentedHint')}
              value={consented}
              onChange={setConsented}
            >
              <Stack gap={4} mt={4}>
                {child.guardians.map((g) => (
                  <Checkbox key={g.id} value={String(g.id)} label={g.name} />
                ))}
                <Checkbox value="self" label={t('exchange.consentedSelf')} />
              </Stack>
            </Checkbox.Group>
            <TextInput
              label={t('exchange.consentDate')}
              placeholder="ÅÅÅÅ-MM-DD"
              value={decidedOn}
              onChange={(e) => setDecidedOn(e.currentTarget.value)}
              error={fieldError('referrals.0.consents.0.decidedOn')}
            />
            <PackageDialogEnd
              error={error}
              savedText={saved ? t('exchange.referralSaved', { path: saved }) : null}
              onClose={() => setPartners(null)}
              submitLabel={t('exchange.makeReferral')}
            />
          </Stack>
        </form>
      </AppModal>
    </>
  );
}
