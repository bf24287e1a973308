// Organisationer: the register, a new organisation's form, or one
// organisation's form, as the route says.
import type { Role } from '../../../../shared/roles';
import { useHeadingFocus } from '../../components/use-heading-focus';
import { mayCall } from '../../api/access';
import type { Route } from '../../navigation/routes';
import { useLeaveMissingRecord } from '../../navigation/use-missing-record';
import { useOrganisation } from './use-organisations';
import { OrganisationEditor } from './organisation-editor';
import { OrganisationListView } from './organisation-list-view';

type OrganisationsRoute = Extract<Route, { name: 'organisations' | 'organisationNew' | 'organisation' }>;

export function OrganisationsScreen({ route, role }: { route: OrganisationsRoute; role: Role }) {
  const canWrite = mayCall('organisations:create', role) && mayCall('organisations:update', role);
  const id = route.name === 'organisation' ? route.id : null;
  const { organisation, error } = useOrganisation(id);
  const loaded = id !== null && organisation?.id === id;
  useLeaveMissingRecord(id, error, { name: 'organisations' });
  // The list, a new form, an organisation being fetched, or its form: each has its own <h1>.
  const view =
    route.name === 'organisations' ? 'list' : id === null ? 'new' : loaded ? `edit-${id}` : 'loading';
  const rootRef = useHeadingFocus(view);

  return (
    <div ref={rootRef}>
      {route.name === 'organisations' ? (
        <OrganisationListView canWrite={canWrite} />
      ) : (
        <OrganisationEditor
          key={id ?? 'new'}
          id={id}
          canWrite={canWrite}
          canDelete={mayCall('organisations:delete', role)}
        />
      )}
    </div>
  );
}
