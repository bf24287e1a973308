import type { Role } from '../../../shared/roles';
import { AdminScreen } from '../screens/admin/admin-screen';
import { AgreementsScreen } from '../screens/agreements/agreements-screen';
import { ChildrenScreen } from '../screens/children/children-screen';
import { OrganisationsScreen } from '../screens/organisations/organisations-screen';
import { OverviewScreen } from '../screens/overview/overview-screen';
import { ReportsScreen } from '../screens/reports/reports-screen';
import { SupportGroupsScreen } from '../screens/support-groups/support-groups-screen';
import type { Screen } from '../stores/navigation-store';
import { navItems } from './nav-items';

export function ScreenContent({ screen, role }: { screen: Screen; role: Role }) {
  // A screen the role may not see falls back to the overview (main refuses the calls anyway).
  const allowed = navItems.find((item) => item.screen === screen)?.visibleTo(role) ?? false;
  switch (allowed ? screen : 'overview') {
    case 'overview':
      return <OverviewScreen role={role} />;
    case 'agreements':
      return <AgreementsScreen role={role} />;
    case 'organisations':
      return <OrganisationsScreen role={role} />;
    case 'supportGroups':
      return <SupportGroupsScreen role={role} />;
    case 'children':
      return <ChildrenScreen role={role} />;
    case 'reports':
      return <ReportsScreen role={role} />;
    case 'admin':
      return <AdminScreen />;
  }
}
