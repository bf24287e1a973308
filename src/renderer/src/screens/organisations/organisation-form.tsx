// Create or edit an organisation. Fields are checked on blur with the
// contract's schema; main checks again on save and its field errors land on
// the same fields. Whatever fails, everything typed stays in the form.
import { Alert, Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import type { Organisation } from '../../../../shared/ipc/organisations';
import type { FieldErrors } from '../../api/zod-fields';
import { BackButton } from '../../components/back-button';
import { BusyStatus } from '../../components/busy-status';
import { PageTitle } from '../../components/page-title';
import { useMessage, useT } from '../../i18n/use-t';
import { useApiMutation } from '../../data/use-api-mutation';
import { useOrganisation } from './use-organisations';
import { AddressFields } from './address-fields';
import { ContactPersonsFields } from './contact-persons-fields';
import { DetailsFields } from './details-fields';
import { ErrorSummary } from './error-summary';
import { LeaveConfirm } from './leave-confirm';
import {
  formPaths,
  toFormValues,
  toInput,
  validateOrganisation,
  type OrganisationFormValues,
} from './organisation-form-values';
import { PaymentAccountFields } from './payment-account-fields';
import { RequirementsChecklist } from './requirements-checklist';
import { notifySuccess } from '../../components/notify';

interface Props {
  organisation: Organisation | null;
  readOnly: boolean;
  onClose(): void;
}

const validationFailure: AppError = { code: 'validation', message: '' };

export function OrganisationForm({ organisation, readOnly, onClose }: Props) {
  const t = useT();
  const text = useMessage();
  const create = useApiMutation('organisations:create');
  const update = useApiMutation('organisations:update');
  const reopen = useOrganisation(organisation?.id ?? null).refetch;
  const initial = useMemo(() => toFormValues(organisation), [organisation]);
  const form = useForm<OrganisationFormValues>({
    initialValues: initial,
    validate: validateOrganisation,
    validateInputOnBlur: true,
  });
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [confirmLeave, setConfirmLeave] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const errorOf = (path: string) => {
    const key = form.errors[path];
    return typeof key === 'string' ? text(key) : undefined;
  };
  const api = { form, errorOf };
  const values = form.getValues();

  // The summary follows the marks: a field corrected by the user drops out of it.
  const markedFields: FieldErrors = Object.fromEntries(
    Object.entries(form.errors).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );

  function showErrors(error: AppError, fields: FieldErrors) {
    form.setErrors(fields);
    setFailure(error);
    // Focus the first marked field once the errors are rendered.
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (readOnly || saving) return;
    const current = form.getValues();
    const found = validateOrganisation(current);
    if (Object.keys(found).length > 0) {
      showErrors(validationFailure, found);
      return;
    }
    setSaving(true);
    setFailure(null);
    const data = toInput(current);
    const result = organisation
      ? await update.run({ id: organisation.id, version: organisation.version, data })
      : await create.run(data);
    setSaving(false);
    if (!result.ok) {
      showErrors(result.error, formPaths(result.error.fields));
      return;
    }
    notifySuccess(t('organisations.saved'));
    onClose();
  }

  function leave() {
    if (!readOnly && form.isDirty()) setConfirmLeave(true);
    else onClose();
  }

  return (
    <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="lg" maw={900}>
        <BackButton label={t('organisationForm.backToList')} onClick={leave} />
        <PageTitle>{organisation ? organisation.name : t('organisationForm.newTitle')}</PageTitle>
        {readOnly && (
          <Alert color="blue" variant="light">
            {t('common.readOnly')}
          </Alert>
        )}
        <fieldset disabled={readOnly} className="plain-fieldset">
          <Stack gap="lg">
            <DetailsFields {...api} />
            <AddressFields {...api} />
            <PaymentAccountFields {...api} />
            <ContactPersonsFields {...api} />
            {values.kind === 'nonprofit' && <RequirementsChecklist {...api} saved={initial.requirements} />}
          </Stack>
        </fieldset>
        <ErrorSummary error={failure} fields={markedFields} values={values}>
          {failure?.code === 'conflict' && organisation && (
            <Button mt="sm" variant="default" onClick={() => void reopen()}>
              {t('organisationForm.conflictReload')}
            </Button>
          )}
        </ErrorSummary>
        {!readOnly && (
          <Group justify="flex-end">
            <Button variant="default" onClick={leave} disabled={saving}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('organisationForm.save')}
            </Button>
          </Group>
        )}
        <BusyStatus busy={saving} label={t('common.saving')} />
      </Stack>
      <LeaveConfirm opened={confirmLeave} onStay={() => setConfirmLeave(false)} onLeave={onClose} />
    </form>
  );
}
