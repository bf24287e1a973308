// The form screen for one organisation: waits for it, then shows the form.
import { Button, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { PageTitle } from '../../components/page-title';
import { useT } from '../../i18n/use-t';
import { useOrganisationsStore } from '../../stores/organisations-store';
import { OrganisationForm } from './organisation-form';

export function OrganisationEditor({ canWrite }: { canWrite: boolean }) {
  const t = useT();
  const editing = useOrganisationsStore((s) => s.editing);
  const current = useOrganisationsStore((s) => s.current);
  const loading = useOrganisationsStore((s) => s.currentLoading);
  const error = useOrganisationsStore((s) => s.currentError);
  const close = useOrganisationsStore((s) => s.close);

  if (editing?.mode === 'edit' && (loading || error || !current)) {
    return (
      <Stack gap="lg" maw={900}>
        <div>
          <Button
            variant="subtle"
            leftSection={<IconArrowLeft size={16} aria-hidden="true" />}
            onClick={close}
            px={0}
          >
            {t('organisationForm.backToList')}
          </Button>
        </div>
        <PageTitle>{t('organisations.title')}</PageTitle>
        {loading ? <LoadingState label={t('common.loading')} /> : <ErrorAlert error={error} />}
      </Stack>
    );
  }

  // A new key per saved version: reloading after a conflict starts the form afresh.
  const formKey = current ? `${current.id}:${current.version}` : 'new';
  return <OrganisationForm key={formKey} organisation={current} readOnly={!canWrite} onClose={close} />;
}
