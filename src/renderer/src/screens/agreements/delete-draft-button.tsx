// "Radera utkast" on a draft agreement's page (main refuses anything past the
// draft, and a draft that programmes or feedback already refer to).
import { DeleteRecordButton } from '../../components/delete-record-modal';
import { useT } from '../../i18n/use-t';
import { deleteOpenDraft } from '../../stores/deletion-actions';

export function DeleteDraftButton() {
  const t = useT();
  return (
    <DeleteRecordButton
      label={t('deletion.draft.button')}
      title={t('deletion.draft.title')}
      body={t('deletion.draft.body')}
      reasons={[]}
      onDelete={() => deleteOpenDraft()}
      done={t('deletion.draft.done')}
    />
  );
}
