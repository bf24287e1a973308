// "Radera utkast" on a draft agreement's page (main refuses anything past the
// draft, and a draft that programmes or feedback already refer to). The cache
// drops the agreement (data/write-effects.ts) and the list takes the page's
// place, so nothing deleted stays on screen.
import { DeleteRecordButton } from '../../components/delete-record-modal';
import { useT } from '../../i18n/use-t';
import { goTo } from '../../navigation/navigate';
import { useAgreementActions } from './agreement-actions';

export function DeleteDraftButton() {
  const t = useT();
  const { deleteDraft } = useAgreementActions();
  return (
    <DeleteRecordButton
      label={t('deletion.draft.button')}
      title={t('deletion.draft.title')}
      body={t('deletion.draft.body')}
      reasons={[]}
      onDelete={async () => {
        const result = await deleteDraft();
        if (result.ok) goTo({ name: 'agreements' }, { replace: true });
        return result;
      }}
      done={t('deletion.draft.done')}
    />
  );
}
