// Records a decision: consent given, refused or withdrawn, for participation,
// for sharing name, age and contact details, or both at once, by whoever must
// consent (consent-rules.ts): the person at 18, a custodian, a god man or a
// särskilt förordnad vårdnadshavare. Main refuses the rest.
import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
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
import { useApiMutation } from '../../data/use-api-mutation';
import { DraftOfferDialog, DraftStatus } from '../../components/form-draft-parts';
import { useFormDraft } from '../../components/use-form-draft';
import { consenterSuffix, todayIso } from './labels';

type ScopeChoice = ConsentScope | 'both';
const self = 'self';

export function ConsentForm({ enrolment }: { enrolment: Enrolment }) {
  const t = useT();
  const recordConsent = useApiMutation('enrolments:recordConsent');
  const text = useMessage();
  // Only those who must consent are offered; the person themselves is "self".
  const who =
    enrolment.consentBasis === 'self'
      ? [{ value: self, label: enrolment.childName + consenterSuffix(t, 'self'), done: false }]
      : enrolment.guardianConsents
          .filter((g) => g.participation !== 'notRequired')
          .map((g) => ({
            value: String(g.guardianId),
            label: g.guardianName + consenterSuffix(t, g.capacity),
            done: g.participation === 'given' && g.dataSharing === 'given',
          }));
  const [guardianId, setGuardianId] = useState(who.find((w) => !w.done)?.value ?? who[0]?.value ?? '');
  const [scope, setScope] = useState<ScopeChoice>('both');
  const [decision, setDecision] = useState<ConsentDecision>('given');
  const [decidedOn, setDecidedOn] = useState(todayIso());
  const [method, setMethod] = useState<ConsentMethod>('written');
  const [documentReference, setDocumentReference] = useState('');
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const values = useMemo(
    () => ({ guardianId, scope, decision, decidedOn, method, documentReference }),
    [guardianId, scope, decision, decidedOn, method, documentReference],
  );
  // What the form shows when nothing is typed (again after each save), to tell unsaved changes.
  const [start, setStart] = useState(values);
  const put = (v: typeof values) => {
    setGuardianId(v.guardianId);
    setScope(v.scope);
    setDecision(v.decision);
    setDecidedOn(v.decidedOn);
    setMethod(v.method);
    setDocumentReference(v.documentReference);
  };
  const draftStore = useFormDraft({
    form: 'consent',
    recordId: enrolment.id,
    enabled: true,
    dirty: JSON.stringify(values) !== JSON.stringify(start),
    values,
    restore: put,
    reset: () => put(start),
  });
  const err = (path: string) => (failure?.fields?.[path] ? text(failure.fields[path]) : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    const scopes: ConsentScope[] = scope === 'both' ? ['participation', 'dataSharing'] : [scope];
    const result = await draftStore.saving(async () => {
      for (const s of scopes) {
        const one = await recordConsent.run({
          enrolmentId: enrolment.id,
          guardianId: guardianId === self ? null : Number(guardianId),
          scope: s,
          decision,
          decidedOn,
          method,
          documentReference,
        });
        if (!one.ok) return one;
      }
      return { ok: true as const };
    });
    setSaving(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    setFailure(null);
    setDocumentReference('');
    setStart({ ...values, documentReference: '' });
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
            data={who.map(({ value, label }) => ({ value, label }))}
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
          <DraftStatus state={draftStore.state} />
        </Group>
        <DraftOfferDialog offer={draftStore.offer} />
      </Stack>
    </form>
  );
}
