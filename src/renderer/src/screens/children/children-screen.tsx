// The Barn screen: the list, a child's page, or the form for a new or edited child.
import type { Role } from '../../../../shared/roles';
import { useHeadingFocus } from '../../components/use-heading-focus';
import { mayCall } from '../../api/access';
import { useChildrenStore } from '../../stores/children-store';
import '../../styles/support-groups.css';
import { ChildForm } from './child-form';
import { ChildList } from './child-list';
import { ChildPage } from './child-page';

export function ChildrenScreen({ role }: { role: Role }) {
  const view = useChildrenStore((s) => s.view);
  const canWrite = mayCall('children:create', role);
  const canReveal = mayCall('children:reveal', role);
  const key = view ? `${view.mode}-${'id' in view ? view.id : ''}` : 'list';
  const rootRef = useHeadingFocus(key);

  return (
    <div ref={rootRef}>
      {!view ? (
        <ChildList canWrite={canWrite} />
      ) : view.mode === 'show' ? (
        <ChildPage canWrite={canWrite} canReveal={canReveal} role={role} />
      ) : (
        <ChildForm key={key} canReveal={canReveal} />
      )}
    </div>
  );
}
