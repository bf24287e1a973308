// "Radera felregistrering" on a child's page: a child registered by mistake is
// deleted at once, with a reason from the list (main refuses a child who has
// had a place: that child is erased by gallring after the hand-back). The
// cache drops everything it held about the child (data/write-effects.ts) and
// the list takes the page's place, so nothing deleted stays on screen.
import { childDeletionReasons } from '../../../../shared/erasure/deletion';
import { DeleteRecordButton } from '../../components/delete-record-modal';
import { useApiMutation } from '../../data/use-api-mutation';
import type { Child } from '../../../../shared/ipc/children';
import { ageFactsOf, personTermOn } from '../../../../shared/support-groups/person-term';
import { forPerson } from '../../i18n/translate';
import { useT } from '../../i18n/use-t';
import { todayIso } from '../support-groups/labels';
import { goTo } from '../../navigation/navigate';

export function DeleteChildButton({ child }: { child: Child }) {
  const t = useT();
  // "Deltagaren" rather than "barnet" for a person of 18 or more (issue 11).
  const term = personTermOn(ageFactsOf(child), todayIso());
  const remove = useApiMutation('children:deleteMistake');
  return (
    <DeleteRecordButton
      label={t('deletion.child.button')}
      title={t(forPerson('deletion.child.title', term))}
      body={t(forPerson('deletion.child.body', term))}
      reasons={childDeletionReasons}
      onDelete={async (reason) => {
        const result = await remove.run({
          id: child.id,
          version: child.version,
          reason: reason ?? 'other',
          confirmed: true,
        });
        if (result.ok) goTo({ name: 'children' }, { replace: true });
        return result;
      }}
      done={t(forPerson('deletion.child.done', term))}
    />
  );
}
