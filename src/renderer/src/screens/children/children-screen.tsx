// The Barn screen: the list, a child's page, or the form for a new or edited
// child, as the route says.
import { useEffect } from 'react';
import type { Role } from '../../../../shared/roles';
import { useHeadingFocus } from '../../components/use-heading-focus';
import { mayCall } from '../../api/access';
import { PagePending } from '../../components/page-pending';
import { BackButton } from '../../components/back-button';
import { useT } from '../../i18n/use-t';
import { goTo } from '../../navigation/navigate';
import type { Route } from '../../navigation/routes';
import { useLeaveMissingRecord } from '../../navigation/use-missing-record';
import { useRevealedStore } from '../../stores/revealed-store';
import { useChild } from './use-children';
import '../../styles/support-groups.css';
import { ChildForm } from './child-form';
import { ChildList } from './child-list';
import { ChildPage } from './child-page';

type ChildrenRoute = Extract<Route, { name: 'children' | 'childNew' | 'child' | 'childEdit' }>;

export function ChildrenScreen({ route, role }: { route: ChildrenRoute; role: Role }) {
  const t = useT();
  const canWrite = mayCall('children:create', role);
  const canReveal = mayCall('children:reveal', role);
  const id = route.name === 'child' || route.name === 'childEdit' ? route.id : null;
  const key = id !== null ? `${route.name}-${id}` : route.name;
  const rootRef = useHeadingFocus(key);
  const { child, loading, error } = useChild(id);
  // The form for an existing child starts from the child as loaded.
  const editLoaded = route.name === 'childEdit' && child?.id === route.id;
  useLeaveMissingRecord(id, error, { name: 'children' });

  useEffect(() => {
    // Protected details shown with "Visa" go when the child does.
    if (useRevealedStore.getState().childId !== id) useRevealedStore.getState().hide();
  }, [id]);

  return (
    <div ref={rootRef}>
      {route.name === 'children' && <ChildList canWrite={canWrite} canOpenPackages={mayCall('exchange:import', role) && role !== 'admin'} />}
      {route.name === 'child' && (
        <ChildPage id={route.id} canWrite={canWrite} canReveal={canReveal} role={role} />
      )}
      {route.name === 'childNew' && <ChildForm key={key} canReveal={canReveal} editId={null} />}
      {route.name === 'childEdit' &&
        (editLoaded ? (
          <ChildForm key={key} canReveal={canReveal} editId={route.id} />
        ) : (
          <PagePending
            back={<BackButton label={t('children.backToList')} onClick={() => goTo({ name: 'children' })} />}
            title={t('children.title')}
            loading={loading}
            error={error}
          />
        ))}
    </div>
  );
}
