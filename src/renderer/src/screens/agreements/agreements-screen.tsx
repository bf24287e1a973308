// Överenskommelser: the list, a new agreement from a template, or one
// agreement's page. Each view has its own <h1>, which gets focus on a switch.
import type { Role } from '../../../../shared/roles';
import { useHeadingFocus } from '../../components/use-heading-focus';
import { useAgreementsStore } from '../../stores/agreements-store';
import { AgreementListView } from './agreement-list-view';
import { AgreementPage } from './agreement-page';
import { CreateFromTemplate } from './create-from-template';
import './agreements.css';

export function AgreementsScreen({ role }: { role: Role }) {
  const view = useAgreementsStore((s) => s.view);
  const key = view.kind === 'agreement' ? `agreement-${view.id}` : view.kind;
  const rootRef = useHeadingFocus(key);

  return (
    <div ref={rootRef}>
      {view.kind === 'list' && <AgreementListView role={role} />}
      {view.kind === 'create' && <CreateFromTemplate />}
      {view.kind === 'agreement' && <AgreementPage role={role} />}
    </div>
  );
}
