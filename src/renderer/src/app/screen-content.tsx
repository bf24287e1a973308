// The screen for a route. The route has already fallen back where the role may
// not see it (navigation/routes.ts resolveRoute); main refuses the calls anyway.
import type { Role } from '../../../shared/roles';
import type { Route } from '../navigation/routes';
import { AdminScreen } from '../screens/admin/admin-screen';
import { AgreementsScreen } from '../screens/agreements/agreements-screen';
import { ChildrenScreen } from '../screens/children/children-screen';
import { ImportScreen } from '../screens/import/import-screen';
import { OrganisationsScreen } from '../screens/organisations/organisations-screen';
import { OverviewScreen } from '../screens/overview/overview-screen';
import { ReportsScreen } from '../screens/reports/reports-screen';
import { SupportGroupsScreen } from '../screens/support-groups/support-groups-screen';

export function ScreenContent({ route, role }: { route: Route; role: Role }) {
  switch (route.name) {
    case 'overview':
      return <OverviewScreen role={role} />;
    case 'agreements':
    case 'agreementNew':
    case 'agreement':
      return <AgreementsScreen route={route} role={role} />;
    case 'organisations':
    case 'organisationNew':
    case 'organisation':
      return <OrganisationsScreen route={route} role={role} />;
    case 'supportGroups':
    case 'groupNew':
    case 'group':
    case 'groupEdit':
    case 'enrolment':
      return <SupportGroupsScreen route={route} role={role} />;
    case 'children':
    case 'childNew':
    case 'child':
    case 'childEdit':
      return <ChildrenScreen route={route} role={role} />;
    case 'reports':
      return <ReportsScreen tab={route.tab} role={role} />;
    case 'admin':
      return <AdminScreen tab={route.tab} />;
    case 'import':
      return <ImportScreen key={route.kind} kind={route.kind} />;
  }
}
