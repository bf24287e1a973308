// Below an organisation's form: deleting an organisation registered by mistake
// (main refuses one that is a party to an agreement or runs a programme).
import { Group } from '@mantine/core';
import { organisationDeletionReasons } from '../../../../shared/erasure/deletion';
import { DeleteRecordButton } from '../../components/delete-record-modal';
import { useT } from '../../i18n/use-t';
import { deleteOpenOrganisation } from '../../stores/deletion-actions';

export function DeleteOrganisationSection() {
  const t = useT();
  return (
    <Group maw={900} mt="xl">
      <DeleteRecordButton
        label={t('deletion.organisation.button')}
        title={t('deletion.organisation.title')}
        body={t('deletion.organisation.body')}
        reasons={organisationDeletionReasons}
        onDelete={(reason) => deleteOpenOrganisation(reason ?? 'other')}
        done={t('deletion.organisation.done')}
      />
    </Group>
  );
}
