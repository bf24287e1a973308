// Deleting a mistake from the open record's page: calls main, and on success
// drops the deleted record from every store that showed it, reloads the lists
// and puts the record's list in place of its page, so nothing deleted stays on
// screen (an older history entry for it gives way to the list too).
import type { Envelope } from '../../../shared/envelope';
import type { OrganisationDeletionReason } from '../../../shared/erasure/deletion';
import { call } from '../api/client';
import { goTo } from '../navigation/navigate';
import { useAgreementsStore } from './agreements-store';
import { useOrganisationsStore } from './organisations-store';

const nothingOpen = { ok: false as const, error: { code: 'notFound' as const, message: '' } };

export async function deleteOpenDraft(): Promise<Envelope<unknown>> {
  const current = useAgreementsStore.getState().current;
  if (!current) return nothingOpen;
  const result = await call((api) =>
    api.agreements.deleteDraft({ id: current.id, version: current.version, confirmed: true }),
  );
  if (result.ok) {
    useAgreementsStore.getState().forget();
    void useAgreementsStore.getState().load();
    goTo({ name: 'agreements' }, { replace: true });
  }
  return result;
}

export async function deleteOpenOrganisation(reason: OrganisationDeletionReason): Promise<Envelope<unknown>> {
  const current = useOrganisationsStore.getState().current;
  if (!current) return nothingOpen;
  const result = await call((api) =>
    api.organisations.delete({ id: current.id, version: current.version, reason, confirmed: true }),
  );
  if (result.ok) {
    useOrganisationsStore.getState().close();
    void useOrganisationsStore.getState().load();
    goTo({ name: 'organisations' }, { replace: true });
  }
  return result;
}
