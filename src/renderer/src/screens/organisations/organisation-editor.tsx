// The form screen for one organisation: waits for it, then shows the form.
import { Stack } from '@mantine/core';
import { BackButton } from '../../components/back-button';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { PageTitle } from '../../components/page-title';
import { useT } from '../../i18n/use-t';
import { goTo } from '../../navigation/navigate';
import { useOrganisation } from './use-organisations';
import { OrganisationForm } from './organisation-form';
import { DeleteOrganisationSection } from './delete-organisation-section';

/** A new organisation (`id` null) or the organisation `id` (the route's). */
export function OrganisationEditor({
  id,
  canWrite,
  canDelete,
}: {
  id: number | null;
  canWrite: boolean;
  canDelete: boolean;
}) {
  const t = useT();
  const { organisation: current, loading, error } = useOrganisation(id);
  const close = () => goTo({ name: 'organisations' });

  if (id !== null && (loading || error || !current)) {
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
      {current && canDelete && <DeleteOrganisationSection organisation={current} />}
    </>
  );
}
