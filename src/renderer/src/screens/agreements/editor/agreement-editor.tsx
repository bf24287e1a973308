// The agreement's content, section by section. Fields are checked with the
// contract's schema and the shared rules before saving; main checks again and
// its field errors land on the same fields. Whatever fails, everything typed
// stays. Every save keeps a version. After the decision only contact persons
// and governance members stay open; the terms change by amendment: the same
// editor, in amendment mode, holds the terms as they will read once the
// amendment is in force, with the amendment's own fields above them.
import { Alert, Anchor, Button, Group, List, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { acceptsLaterChanges, isDraftEditable } from '../../../../../shared/agreements/lifecycle';
import { validateAgreement } from '../../../../../shared/agreements/validation';
import type { AppError } from '../../../../../shared/envelope';
import { agreementDataSchema, type Agreement } from '../../../../../shared/ipc/agreements';
import { amendmentDraftSchema } from '../../../../../shared/ipc/agreements/amendments';
import type { OrganisationSummary } from '../../../../../shared/ipc/organisations';
import { validate } from '../../../api/zod-fields';
import { BusyStatus } from '../../../components/busy-status';
import { DraftOfferDialog, DraftStatus } from '../../../components/form-draft-parts';
import { useFormDraft } from '../../../components/use-form-draft';
import { ErrorAlert } from '../../../components/error-alert';
import { notifySuccess } from '../../../components/notify';
import type { UiKey } from '../../../i18n/translate';
import { useMessage, useT } from '../../../i18n/use-t';
import { useAgreementActions } from '../agreement-actions';
import { confirmLeave } from '../../../stores/leave-guard-store';
import {
  amendmentInput,
  splitErrors,
  type AmendmentEditing,
  type AmendmentMeta,
} from '../amendments/amendment-draft';
import { AmendmentHeader } from '../amendments/amendment-header';
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

interface Props {
  agreement: Agreement;
  canWrite: boolean;
  /** Amendment mode: the draft being written and what to do when it is saved or given up. */
  amending?: { editing: AmendmentEditing; onClose(): void };
  /** Starts a new amendment (offered once the terms are decided). */
  onAmend?(): void;
}

export function AgreementEditor({ agreement, canWrite, amending, onAmend }: Props) {
  const t = useT();
  const text = useMessage();
  const save = useAgreementActions().save;
  const saveAmendment = useAgreementActions().saveAmendment;
  const reload = useAgreementActions().reload;
  const start = amending?.editing.data ?? agreement.data;
  const initial = useMemo(() => toFormValues(start), [start]);
  const [meta, setMeta] = useState<AmendmentMeta | null>(amending?.editing.meta ?? null);
  const [metaErrors, setMetaErrors] = useState<Record<string, string>>({});
  const form = useForm<AgreementFormValues>({ initialValues: initial });
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // Organisations chosen as new parties (the others are in the agreement's answer).
  const [picked, setPicked] = useState<ReadonlyMap<number, NamedOrganisation>>(new Map());
  const startMeta = amending?.editing.meta ?? null;
  const draftValues = useMemo(
    () => ({ values: form.values, meta, picked: [...picked] }),
    [form.values, meta, picked],
  );
  const draftStore = useFormDraft({
    form: amending ? 'amendment' : 'agreement',
    recordId: agreement.id,
    enabled:
      canWrite &&
      (meta !== null || isDraftEditable(agreement.status) || acceptsLaterChanges(agreement.status)),
    dirty: form.isDirty() || JSON.stringify(meta) !== JSON.stringify(startMeta),
    values: draftValues,
    restore: (v) => {
      form.setValues(v.values);
      if (v.meta) setMeta(v.meta);
      setPicked(new Map(v.picked));
    },
    reset: () => {
      form.setValues(initial);
      setMeta(startMeta);
    },
  });
  // After a failed save every section mounts, then focus goes to the first marked field.
  const [mountAll, setMountAll] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(() => {
    if (focusRequest > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const amend = canWrite && meta !== null;
  // In amendment mode the terms are open as in a draft; the criteria and the memo belong to the decision.
  const draft = amend || (canWrite && isDraftEditable(agreement.status));
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

  async function submitAmendment(data: Agreement['data'], meta: AmendmentMeta) {
    const amendment = amendmentInput(meta, agreement.data, data);
    const own = validate(amendmentDraftSchema, amendment);
    setMetaErrors(own);
    if (Object.keys(own).length > 0) return showErrors(validationFailure, {});
    setSaving(true);
    setFailure(null);
    const result = await draftStore.saving(() =>
      saveAmendment({ amendmentId: amending?.editing.amendmentId ?? null, amendment, data }),
    );
    setSaving(false);
    if (!result.ok) {
      const split = splitErrors(result.error.fields ?? {});
      setMetaErrors(split.meta);
      return showErrors(result.error, split.data);
    }
    notifySuccess(t('amendment.saved'));
    amending?.onClose();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!editable || saving) return;
    const converted = toData(form.getValues());
    if (!converted.ok) return showErrors(validationFailure, converted.fields);
    // An amendment is checked by main against the terms it amends (with parties that have left).
    const found = {
      ...validate(agreementDataSchema, converted.data),
      ...(meta === null ? validateAgreement(converted.data, (id) => names.get(id)?.kind) : {}),
    };
    if (Object.keys(found).length > 0) return showErrors(validationFailure, found);
    if (meta !== null) return submitAmendment(converted.data, meta);
    setSaving(true);
    setFailure(null);
    const result = await draftStore.saving(() => save(converted.data));
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
            <Alert color="blue" variant="light" title={t('editor.laterTitle')}>
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{t('editor.laterOnly')}</Text>
                {onAmend && (
                  <Button size="sm" onClick={onAmend}>
                    {t('editor.amendTerms')}
                  </Button>
                )}
              </Stack>
            </Alert>
          )}
          {amend && meta && (
            <>
              <Alert color="blue" variant="light" title={t('amendment.editorTitle')}>
                {t('amendment.editorIntro')}
              </Alert>
              <AmendmentHeader
                meta={meta}
                onChange={(patch) => setMeta({ ...meta, ...patch })}
                before={agreement.data}
                after={form.getValues()}
                nameOf={(id) => names.get(id)?.name ?? String(id)}
                errorOf={(field) => (metaErrors[field] ? text(metaErrors[field]) : undefined)}
                latestExtendedEnd={agreement.life.latestExtendedEnd}
              />
            </>
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
          <GeneralSection {...props(!draft)} registrationFixed={amend} />
          <PartiesSection {...props(!editable)} contactsOnly={!draft} onPicked={pick} />
          <TextsSection {...props(!draft)} />
          <CriteriaSection {...props(!draft || amend)} />
          <CommitmentsSection {...props(!draft)} />
          <GovernanceSection {...props(!editable)} membersOnly={later} />
          <FollowUpsSection {...props(!draft)} />
          <EconomySection {...props(!draft)} />
          <PeriodSection {...props(!draft)} />
          <ClausesSection {...props(!draft)} />
          <AppendicesSection {...props(!draft)} />
          <MemoSection {...props(!draft || amend)} />
          {failure && (
            <ErrorAlert error={failure} title={t(amend ? 'amendment.notSaved' : 'editor.notSaved')}>
              {Object.entries(metaErrors).length > 0 && (
                <List size="sm" mt={4}>
                  {Object.entries(metaErrors).map(([field, key]) => (
                    <List.Item key={field}>
                      <Anchor href="#agr-amendment" size="sm" c="inherit" underline="always">
                        {t('amendment.header')}
                      </Anchor>
                      : {text(key)}
                    </List.Item>
                  ))}
                </List>
              )}
              {marked.length > 0 && (
                <List size="sm" mt={4}>
                  {marked.map(([path, key]) => {
                    const section = sectionOf(path);
                    return (
                      <List.Item key={path}>
                        {section ? (
                          <Anchor href={`#${section.id}`} size="sm" c="inherit" underline="always">
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
              <DraftStatus state={draftStore.state} />
              {amending && (
                <Button
                  variant="default"
                  onClick={() => void confirmLeave().then((leave) => leave && amending.onClose())}
                  disabled={saving}
                >
                  {t('common.cancel')}
                </Button>
              )}
              <Button type="submit" loading={saving}>
                {amend ? t('amendment.save') : t('editor.save')}
              </Button>
            </Group>
          )}
          <BusyStatus busy={saving} label={t('common.saving')} />
          <DraftOfferDialog offer={draftStore.offer} />
        </Stack>
      </SectionMountingProvider>
    </form>
  );
}
