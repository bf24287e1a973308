// The main menu: its items in order and who sees which (the rules live with
// the routes, so a hidden screen's routes fall back the same way).
import type { Role } from '../../../shared/roles';
import type { UiKey } from '../i18n/translate';
import { mayOpenScreen, type Screen } from '../navigation/routes';

export interface NavItem {
  screen: Screen;
  label: UiKey;
}

export const navItems: readonly NavItem[] = [
  { screen: 'overview', label: 'nav.overview' },
  { screen: 'agreements', label: 'nav.agreements' },
  { screen: 'organisations', label: 'nav.organisations' },
  { screen: 'supportGroups', label: 'nav.supportGroups' },
  { screen: 'children', label: 'nav.children' },
  { screen: 'reports', label: 'nav.reports' },
  { screen: 'admin', label: 'nav.admin' },
];

export const navItemsFor = (role: Role) => navItems.filter((item) => mayOpenScreen(item.screen, role));
