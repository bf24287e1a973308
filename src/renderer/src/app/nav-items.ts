// The main menu and who sees which item. Main enforces access on every call;
// hiding here only spares users screens they could not use.
import type { Role } from '../../../shared/roles';
import { personalDataRoles } from '../../../shared/roles';
import type { UiKey } from '../i18n/translate';
import type { Screen } from '../stores/navigation-store';

export interface NavItem {
  screen: Screen;
  label: UiKey;
  visibleTo(role: Role): boolean;
}

const everyone = () => true;
// Viewers see reports only, never personal data.
const personalData = (role: Role) => personalDataRoles.includes(role);

export const navItems: readonly NavItem[] = [
  { screen: 'overview', label: 'nav.overview', visibleTo: everyone },
  { screen: 'agreements', label: 'nav.agreements', visibleTo: everyone },
  { screen: 'organisations', label: 'nav.organisations', visibleTo: personalData },
  { screen: 'supportGroups', label: 'nav.supportGroups', visibleTo: personalData },
  { screen: 'children', label: 'nav.children', visibleTo: personalData },
  { screen: 'reports', label: 'nav.reports', visibleTo: everyone },
  { screen: 'admin', label: 'nav.admin', visibleTo: (role) => role === 'admin' },
];

export const navItemsFor = (role: Role) => navItems.filter((item) => item.visibleTo(role));
