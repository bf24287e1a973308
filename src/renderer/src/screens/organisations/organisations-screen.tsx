import type { Role } from '../../../../shared/roles';
import { useHeadingFocus } from '../../components/use-heading-focus';
import { mayCall } from '../../api/access';
import { useOrganisationsStore } from '../../stores/organisations-store';
import { OrganisationEditor } from './organisation-editor';
import { OrganisationListView } from './organisation-list-view';

export function OrganisationsScreen({ role }: { role: Role }) {
  const editing = useOrganisationsStore((s) => s.editing);
  const currentId = useOrganisationsStore((s) => s.current?.id ?? null);
  const canWrite = mayCall('organisations:create', role) && mayCall('organisations:update', role);
  // The list, a new form, an organisation being fetched, or its form: each has its own <h1>.
  const view = !editing
    ? 'list'
    : editing.mode === 'new'
      ? 'new'
      : currentId === null
        ? 'loading'
        : `edit-${currentId}`;
  const rootRef = useHeadingFocus(view);

  return (
    <div ref={rootRef}>
      {editing ? (
        <OrganisationEditor canWrite={canWrite} canDelete={mayCall('organisations:delete', role)} />
      ) : (
        <OrganisationListView canWrite={canWrite} />
      )}
    </div>
  );
}
