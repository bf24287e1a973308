// Överenskommelser: the list, a new agreement from a template, or one
// agreement's page, as the route says. Each view has its own <h1>, which gets
// focus on a switch.
import { useEffect } from 'react';
import type { Role } from '../../../../shared/roles';
import { useHeadingFocus } from '../../components/use-heading-focus';
import type { Route } from '../../navigation/routes';
import { useLeaveMissingRecord } from '../../navigation/use-missing-record';
import { useAgreementView } from '../../stores/agreement-view-store';
import { useOpenAgreement } from './use-agreement';
import { AgreementListView } from './agreement-list-view';
import { AgreementPage } from './agreement-page';
import { CreateFromTemplate } from './create-from-template';
import './agreements.css';

type AgreementsRoute = Extract<Route, { name: 'agreements' | 'agreementNew' | 'agreement' }>;

export function AgreementsScreen({ route, role }: { route: AgreementsRoute; role: Role }) {
  const id = route.name === 'agreement' ? route.id : null;
  const key = id !== null ? `agreement-${id}` : route.name;
  const rootRef = useHeadingFocus(key);
  const error = useOpenAgreement().error;
  useLeaveMissingRecord(id, error, { name: 'agreements' });

  useEffect(() => {
    // Each visit to an agreement shows it as of today.
    useAgreementView.getState().open(id);
  }, [id]);

  return (
    <div ref={rootRef}>
      {route.name === 'agreements' && <AgreementListView role={role} />}
      {route.name === 'agreementNew' && <CreateFromTemplate />}
      {route.name === 'agreement' && <AgreementPage id={route.id} tab={route.tab} role={role} />}
    </div>
  );
}
