// The form screen for one organisation: waits for it, then shows the form.
import { Stack } from '@mantine/core';
import { BackButton } from '../../components/back-button';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { PageTitle } from '../../components/page-title';
import { useT } from '../../i18n/use-t';
import { useOrganisationsStore } from '../../stores/organisations-store';
import { OrganisationForm } from './organisation-form';
import { DeleteOrganisationSection } from './delete-organisation-section';

export function OrganisationEditor({ canWrite, canDelete }: { canWrite: boolean; canDelete: boolean }) {
  const t = useT();
  const editing = useOrganisationsStore((s) => s.editing);
  const current = useOrganisationsStore((s) => s.current);
  const loading = useOrganisationsStore((s) => s.currentLoading);
  const error = useOrganisationsStore((s) => s.currentError);
  const close = useOrganisationsStore((s) => s.close);

  if (editing?.mode === 'edit' && (loading || error || !current)) {
    return (
      <Stack gap="lg" maw={900}>
        <BackButton label={t('organisationForm.backToList')} onClick={close} />
        <PageTitle>{t('organisations.title')}</PageTitle>
        {loading ? <LoadingState label={t('common.loading')} /> : <ErrorAlert error={error} />}
      </Stack>
    );
  }

  // A new key per saved version: reloading after a conflict starts the form afresh.
  const formKey = current ? `${current.id}:${current.version}` : 'new';
  return (
    <>
      <OrganisationForm key={formKey} organisation={current} readOnly={!canWrite} onClose={close} />
      {current && canDelete && <DeleteOrganisationSection />}
    </>
  );
}
