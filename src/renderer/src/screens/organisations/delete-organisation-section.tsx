// Below an organisation's form: deleting an organisation registered by mistake
// (main refuses one that is a party to an agreement or runs a programme). The
// cache drops the organisation (data/write-effects.ts) and the register takes
// the form's place, so nothing deleted stays on screen.
import { Group } from '@mantine/core';
import { organisationDeletionReasons } from '../../../../shared/erasure/deletion';
import { DeleteRecordButton } from '../../components/delete-record-modal';
import { useApiMutation } from '../../data/use-api-mutation';
import { useT } from '../../i18n/use-t';
import { goTo } from '../../navigation/navigate';

export function DeleteOrganisationSection({
  organisation,
}: {
  organisation: { id: number; version: number };
}) {
  const t = useT();
  const remove = useApiMutation('organisations:delete');
  return (
    <Group maw={900} mt="xl">
      <DeleteRecordButton
        label={t('deletion.organisation.button')}
        title={t('deletion.organisation.title')}
        body={t('deletion.organisation.body')}
        reasons={organisationDeletionReasons}
        onDelete={async (reason) => {
          const result = await remove.run({
            id: organisation.id,
            version: organisation.version,
            reason: reason ?? 'other',
            confirmed: true,
          });
          if (result.ok) goTo({ name: 'organisations' }, { replace: true });
          return result;
        }}
        done={t('deletion.organisation.done')}
      />
    </Group>
  );
}
