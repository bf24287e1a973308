// Records a guardian's decision: consent given, refused or withdrawn, for
// participation, for sharing name, age and contact details, or both at once.
import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import type { Enrolment } from '../../../../shared/ipc/support-groups';
import {
  consentDecisions,
  consentMethods,
  type ConsentDecision,
  type ConsentMethod,
  type ConsentScope,
} from '../../../../shared/support-groups/vocabulary';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { useMessage, useT } from '../../i18n/use-t';
import { useEnrolmentsStore } from '../../stores/enrolments-store';
import { todayIso } from './labels';

type ScopeChoice = ConsentScope | 'both';

export function ConsentForm({ enrolment }: { enrolment: Enrolment }) {
  const t = useT();
  const text = useMessage();
  const custodial = enrolment.guardianConsents.filter((g) => g.hasCustody);
  const [guardianId, setGuardianId] = useState(
    String(
      custodial.find((g) => g.participation !== 'given' || g.dataSharing !== 'given')?.guardianId ??
        custodial[0]?.guardianId ??
        '',
    ),
  );
  const [scope, setScope] = useState<ScopeChoice>('both');
  const [decision, setDecision] = useState<ConsentDecision>('given');
  const [decidedOn, setDecidedOn] = useState(todayIso());
  const [method, setMethod] = useState<ConsentMethod>('written');
  const [documentReference, setDocumentReference] = useState('');
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const err = (path: string) => (failure?.fields?.[path] ? text(failure.fields[path]) : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    const scopes: ConsentScope[] = scope === 'both' ? ['participation', 'dataSharing'] : [scope];
    for (const s of scopes) {
      const result = await useEnrolmentsStore.getState().recordConsent({
        guardianId: Number(guardianId),
        scope: s,
        decision,
        decidedOn,
        method,
        documentReference,
      });
      if (!result.ok) {
        setSaving(false);
        setFailure(result.error);
        return;
      }
    }
    setSaving(false);
    setFailure(null);
    setDocumentReference('');
    notifySuccess(t('consentForm.saved'));
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="consent-form-title">
      <Stack gap="sm" mt="sm" className="sg-subsection">
        <Title order={3} size="h5" id="consent-form-title">
          {t('consentForm.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label={t('consentForm.guardian')}
            value={guardianId}
            onChange={(e) => setGuardianId(e.currentTarget.value)}
            data={custodial.map((g) => ({ value: String(g.guardianId), label: g.guardianName }))}
            error={err('guardianId')}
          />
          <NativeSelect
            label={t('consentForm.scope')}
            value={scope}
            onChange={(e) => setScope(e.currentTarget.value as ScopeChoice)}
            data={[
              { value: 'both', label: t('consentForm.bothScopes') },
              { value: 'participation', label: t('consentScope.participation') },
              { value: 'dataSharing', label: t('consentScope.dataSharing') },
            ]}
          />
          <NativeSelect
            label={t('consentForm.decision')}
            value={decision}
            onChange={(e) => setDecision(e.currentTarget.value as ConsentDecision)}
            data={consentDecisions.map((d) => ({ value: d, label: t(`consentDecision.${d}`) }))}
          />
          <TextInput
            label={t('consentForm.decidedOn')}
            description={t('sgCommon.dateHint')}
            value={decidedOn}
            onChange={(e) => setDecidedOn(e.currentTarget.value)}
            error={err('decidedOn')}
          />
          <NativeSelect
            label={t('consentForm.method')}
            value={method}
            onChange={(e) => setMethod(e.currentTarget.value as ConsentMethod)}
            data={consentMethods.map((m) => ({ value: m, label: t(`consentMethod.${m}`) }))}
          />
          <TextInput
            label={t('consentForm.documentReference')}
            value={documentReference}
            onChange={(e) => setDocumentReference(e.currentTarget.value)}
            error={err('documentReference')}
          />
        </SimpleGrid>
        <ErrorAlert error={failure} />
        <Group>
          <Button type="submit" loading={saving}>
            {t('consentForm.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
