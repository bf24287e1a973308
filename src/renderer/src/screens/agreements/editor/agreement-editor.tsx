// The agreement's content, section by section. Fields are checked with the
// contract's schema and the shared rules before saving; main checks again and
// its field errors land on the same fields. Whatever fails, everything typed
// stays. Every save keeps a version. After the decision only contact persons
// and governance members stay open; the terms change by amendment.
import { Alert, Anchor, Button, Group, List, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { acceptsLaterChanges, isDraftEditable } from '../../../../../shared/agreements/lifecycle';
import { validateAgreement } from '../../../../../shared/agreements/validation';
import type { AppError } from '../../../../../shared/envelope';
import { agreementDataSchema, type Agreement } from '../../../../../shared/ipc/agreements';
import type { OrganisationSummary } from '../../../../../shared/ipc/organisations';
import { validate } from '../../../api/zod-fields';
import { BusyStatus } from '../../../components/busy-status';
import { ErrorAlert } from '../../../components/error-alert';
import { notifySuccess } from '../../../components/notify';
import type { UiKey } from '../../../i18n/translate';
import { useMessage, useT } from '../../../i18n/use-t';
import { useAgreementsStore } from '../../../stores/agreements-store';
import { toData, toFormValues, type AgreementFormValues } from './agreement-form-values';
import { AppendicesSection } from './appendices-section';
import { ClausesSection } from './clauses-section';
import { CommitmentsSection } from './commitments-section';
import { EconomySection } from './economy-section';
import { FollowUpsSection } from './follow-ups-section';
import type { NamedOrganisation, SectionProps } from './form-api';
import { GovernanceSection } from './governance-section';
import { MemoSection } from './memo-section';
import { PartiesSection } from './parties-section';
import { PeriodSection } from './period-section';
import { SectionMountingProvider } from './section';
import { CriteriaSection, GeneralSection, TextsSection } from './texts-sections';

const sections: { id: string; label: UiKey; first: string[] }[] = [
  { id: 'agr-general', label: 'editor.general', first: ['registrationNumber', 'title'] },
  { id: 'agr-parties', label: 'editor.parties', first: ['parties'] },
  {
    id: 'agr-texts',
    label: 'editor.texts',
    first: ['background', 'purpose', 'goals', 'targetGroup', 'formAndBasis', 'valueBase', 'genderEquality'],
  },
  { id: 'agr-criteria', label: 'editor.criteria', first: ['criteria'] },
  { id: 'agr-commitments', label: 'editor.commitments', first: ['commitments'] },
  { id: 'agr-governance', label: 'editor.governance', first: ['governanceBodies'] },
  { id: 'agr-follow-ups', label: 'editor.followUps', first: ['followUps'] },
  { id: 'agr-economy', label: 'editor.economy', first: ['economy'] },
  { id: 'agr-period', label: 'editor.period', first: ['period', 'extension', 'notice'] },
  { id: 'agr-clauses', label: 'editor.clauses', first: ['clauses'] },
  { id: 'agr-appendices', label: 'editor.appendices', first: ['appendices'] },
  { id: 'agr-memo', label: 'editor.memo', first: ['memo'] },
];

/** Sections mounted with the editor; the others follow while the browser is idle. */
const eagerSections = 2;
const sectionOrder = sections.map((s) => s.id);

const sectionOf = (path: string) => sections.find((s) => s.first.includes(path.split('.')[0] ?? ''));
const validationFailure: AppError = { code: 'validation', message: '' };

export function AgreementEditor({ agreement, canWrite }: { agreement: Agreement; canWrite: boolean }) {
  const t = useT();
  const text = useMessage();
  const save = useAgreementsStore((s) => s.save);
  const reload = useAgreementsStore((s) => s.reload);
  const initial = useMemo(() => toFormValues(agreement.data), [agreement.data]);
  const form = useForm<AgreementFormValues>({ initialValues: initial });
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // Organisations chosen as new parties (the others are in the agreement's answer).
  const [picked, setPicked] = useState<ReadonlyMap<number, NamedOrganisation>>(new Map());
  // After a failed save every section mounts, then focus goes to the first marked field.
  const [mountAll, setMountAll] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(() => {
    if (focusRequest > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const draft = canWrite && isDraftEditable(agreement.status);
  const later = canWrite && !draft && acceptsLaterChanges(agreement.status);
  const editable = draft || later;

  const names = useMemo(() => {
    const map = new Map<number, NamedOrganisation>(picked);
    for (const o of agreement.organisations) map.set(o.id, o);
    return map;
  }, [picked, agreement.organisations]);

  function pick(o: OrganisationSummary) {
    setPicked((old) => new Map(old).set(o.id, { name: o.name, orgNumber: o.orgNumber, kind: o.kind }));
  }

  const errorOf = (path: string) => {
    const key = form.errors[path];
    return typeof key === 'string' ? text(key) : undefined;
  };
  const props = (readOnly: boolean): SectionProps => ({ form, errorOf, names, readOnly });

  function showErrors(error: AppError, fields: Record<string, string>) {
    form.setErrors(fields);
    setFailure(error);
    setMountAll(true);
    setFocusRequest((n) => n + 1);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!editable || saving) return;
    const converted = toData(form.getValues());
    if (!converted.ok) return showErrors(validationFailure, converted.fields);
    const found = {
      ...validate(agreementDataSchema, converted.data),
      ...validateAgreement(converted.data, (id) => names.get(id)?.kind),
    };
    if (Object.keys(found).length > 0) return showErrors(validationFailure, found);
    setSaving(true);
    setFailure(null);
    const result = await save(converted.data);
    setSaving(false);
    if (!result.ok) {
      const fields = Object.fromEntries(
        Object.entries(result.error.fields ?? {}).map(([p, k]) => [p.replace(/^data\./, ''), k]),
      );
      return showErrors(result.error, fields);
    }
    notifySuccess(t('editor.saved', { version: result.value.revisionCount }));
  }

  const marked = Object.entries(form.errors).filter((e): e is [string, string] => typeof e[1] === 'string');

  return (
    <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate>
      <SectionMountingProvider order={sectionOrder} eager={eagerSections} all={mountAll}>
        <Stack gap="lg">
          {!canWrite && (
            <Alert color="blue" variant="light">
              {t('common.readOnly')}
            </Alert>
          )}
          {later && (
            <Alert color="blue" variant="light">
              {t('editor.laterOnly')}
            </Alert>
          )}
          {canWrite && !editable && (
            <Alert color="blue" variant="light">
              {t('editor.closed')}
            </Alert>
          )}
          <nav aria-label={t('editor.toc')} className="agr-toc">
            {sections.map((s) => (
              <Anchor key={s.id} href={`#${s.id}`} size="sm">
                {t(s.label)}
              </Anchor>
            ))}
          </nav>
          <GeneralSection {...props(!draft)} />
          <PartiesSection {...props(!editable)} contactsOnly={!draft} onPicked={pick} />
          <TextsSection {...props(!draft)} />
          <CriteriaSection {...props(!draft)} />
          <CommitmentsSection {...props(!draft)} />
          <GovernanceSection {...props(!editable)} />
          <FollowUpsSection {...props(!draft)} />
          <EconomySection {...props(!draft)} />
          <PeriodSection {...props(!draft)} />
          <ClausesSection {...props(!draft)} />
          <AppendicesSection {...props(!editable)} />
          <MemoSection {...props(!draft)} />
          {failure && (
            <ErrorAlert error={failure} title={t('editor.notSaved')}>
              {marked.length > 0 && (
                <List size="sm" mt={4}>
                  {marked.map(([path, key]) => {
                    const section = sectionOf(path);
                    return (
                      <List.Item key={path}>
                        {section ? (
                          <Anchor href={`#${section.id}`} size="sm">
                            {t(section.label)}
                          </Anchor>
                        ) : (
                          path
                        )}
                        : {text(key)}
                      </List.Item>
                    );
                  })}
                </List>
              )}
              {failure.code === 'conflict' && (
                <Button mt="sm" variant="default" onClick={() => void reload()}>
                  {t('editor.reload')}
                </Button>
              )}
            </ErrorAlert>
          )}
          {editable && (
            <Group justify="flex-end" className="agr-save-bar">
              <Text size="sm" c="gray.8">
                {form.isDirty() ? t('editor.unsaved') : t('editor.noChanges')}
              </Text>
              <Button type="submit" loading={saving}>
                {t('editor.save')}
              </Button>
            </Group>
          )}
          <BusyStatus busy={saving} label={t('common.saving')} />
        </Stack>
      </SectionMountingProvider>
    </form>
  );
}
