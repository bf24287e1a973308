import { NavLink, Stack } from '@mantine/core';
import {
  IconBuildingCommunity,
  IconChartBar,
  IconFileDescription,
  IconHome,
  IconSettings,
  IconUsersGroup,
  IconMoodKid,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { Role } from '../../../shared/roles';
import { useT } from '../i18n/use-t';
import { goTo } from '../navigation/navigate';
import { listOf, type Screen } from '../navigation/routes';
import { leaveThen } from '../stores/leave-guard-store';
import { navItemsFor } from './nav-items';

const icons: Record<Screen, ComponentType<{ size?: number; 'aria-hidden'?: boolean | 'true' }>> = {
  overview: IconHome,
  agreements: IconFileDescription,
  organisations: IconBuildingCommunity,
  supportGroups: IconUsersGroup,
  children: IconMoodKid,
  reports: IconChartBar,
  admin: IconSettings,
};

/** Each item goes to its screen's list, also from one of its records. */
export function MainNav({ role, screen, onNavigate }: { role: Role; screen: Screen; onNavigate(): void }) {
  const t = useT();
  return (
    <nav aria-label={t('nav.label')}>
      <Stack gap={2}>
        {navItemsFor(role).map((item) => {
          const Icon = icons[item.screen];
          const active = item.screen === screen;
          return (
            <NavLink
              key={item.screen}
              component="button"
              type="button"
              label={t(item.label)}
              leftSection={<Icon size={20} aria-hidden="true" />}
              active={active}
              aria-current={active ? 'page' : undefined}
              onClick={() =>
                // A form with unsaved changes asks first (issue 11).
                leaveThen(() => {
                  goTo(listOf(item.screen));
                  onNavigate();
                })
              }
            />
          );
        })}
      </Stack>
    </nav>
  );
}
