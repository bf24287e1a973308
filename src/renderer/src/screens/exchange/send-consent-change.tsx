// "Skicka ändrat samtycke" on a child's page (the district's caseworker): a
// withdrawal pauses the child's enrolment at the organisation as soon as the
// package is imported there; a new consent resumes it.
import { Button, NativeSelect, Stack, TextInput } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import type { Child } from '../../../../shared/ipc/children';
import type { Partner } from '../../../../shared/ipc/exchange';
import type { ConsentDecision, ConsentScope } from '../../../../shared/support-groups/vocabulary';
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { useFieldError } from '../../components/use-field-error';
import { useT } from '../../i18n/use-t';
import { proposedPartner } from './link-partner';
import { PackageDialogEnd, PartnerSelect } from './package-dialog-parts';
import { exchangeApi, makeInChosenFolder, usablePartners } from './use-exchange';

export function SendConsentChangeButton({ child, onMade }: { child: Child; onMade?(): void }) {
  const t = useT();
  const [partners, setPartners] = useState<Partner[] | null>(null);
  const [partnerId, setPartnerId] = useState('');
  const [who, setWho] = useState(child.guardians[0] ? String(child.guardians[0].id) : 'self');
  const [scope, setScope] = useState<ConsentScope>('participation');
  const [decision, setDecision] = useState<ConsentDecision>('withdrawn');
  const [decidedOn, setDecidedOn] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const fieldError = useFieldError(error?.fields ?? {});

  async function open() {
    setSaved(null);
    setError(null);
    const [list, sent] = await Promise.all([usablePartners(), exchangeApi.childPackages(child.id)]);
    if (!list.ok) return setError(list.error);
    const usable = list.value;
    setPartners(usable);
    // The partner the child was last referred to, else the one linked to the child's district.
    const referredTo = sent.ok ? sent.value.find((p) => p.kind === 'referral')?.partnerId : undefined;
    const usableReferredTo = usable.find((p) => p.id === referredTo);
    setPartnerId(usableReferredTo ? String(usableReferredTo.id) : proposedPartner(usable, child.district));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const made = await makeInChosenFolder((folder) =>
      exchangeApi.makeConsentChange({
        partnerId: Number(partnerId),
        childId: child.id,
        consent: {
          guardianId: who === 'self' ? null : Number(who),
          scope,
          decision,
          decidedOn,
          method: 'written',
        },
        folder,
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
        {t('exchange.sendConsentChange')}
      </Button>
      {partners === null && <ErrorAlert error={error} />}
      <AppModal
        opened={partners !== null}
        onClose={() => setPartners(null)}
        size="lg"
        title={t('exchange.sendConsentChangeTitle', { name: child.name })}
      >
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="sm">
            <PartnerSelect partners={partners} value={partnerId} onChange={setPartnerId} />
            <NativeSelect
              label={t('exchange.consentWho')}
              value={who}
              onChange={(e) => setWho(e.currentTarget.value)}
              data={[
                ...child.guardians.map((g) => ({ value: String(g.id), label: g.name })),
                { value: 'self', label: t('exchange.consentedSelf') },
              ]}
            />
            <NativeSelect
              label={t('exchange.consentScope')}
              value={scope}
              onChange={(e) => setScope(e.currentTarget.value as ConsentScope)}
              data={(['participation', 'dataSharing'] as const).map((s) => ({
                value: s,
                label: t(`consentScope.${s}`),
              }))}
            />
            <NativeSelect
              label={t('exchange.consentDecision')}
              value={decision}
              onChange={(e) => setDecision(e.currentTarget.value as ConsentDecision)}
              data={(['withdrawn', 'given', 'refused'] as const).map((d) => ({
                value: d,
                label: t(`consentDecision.${d}`),
              }))}
            />
            <TextInput
              label={t('exchange.consentChangeDate')}
              placeholder="ÅÅÅÅ-MM-DD"
              value={decidedOn}
              onChange={(e) => setDecidedOn(e.currentTarget.value)}
              error={fieldError('consent.decidedOn')}
            />
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
