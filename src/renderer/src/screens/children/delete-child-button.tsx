// "Radera felregistrering" on a child's page: a child registered by mistake is
// deleted at once, with a reason from the list (main refuses a child who has
// had a place: that child is erased by gallring after the hand-back).
import { childDeletionReasons } from '../../../../shared/erasure/deletion';
import { DeleteRecordButton } from '../../components/delete-record-modal';
import { useT } from '../../i18n/use-t';
import { deleteOpenChild } from '../../stores/deletion-actions';

export function DeleteChildButton() {
  const t = useT();
  return (
    <DeleteRecordButton
      label={t('deletion.child.button')}
      title={t('deletion.child.title')}
      body={t('deletion.child.body')}
      reasons={childDeletionReasons}
      onDelete={(reason) => deleteOpenChild(reason ?? 'other')}
      done={t('deletion.child.done')}
    />
  );
}
