// The unlocked app: header (name, organisation, user menu), main menu, and
// the current screen in <main>. Moving to another screen moves focus to its <h1>.
import { AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { LeaveGuardDialog } from '../components/leave-guard-dialog';
import { useT } from '../i18n/use-t';
import { AuditAlarmBanner } from '../screens/admin/audit-alarm-banner';
import { useLocation } from 'react-router';
import { notePathShown } from '../navigation/navigate';
import { screenOf } from '../navigation/routes';
import { useHistoryKeys, useRoute } from '../navigation/use-route';
import { usePageScrollMemory } from '../navigation/use-scroll-memory';
import { useSessionStore } from '../stores/session-store';
import { MainNav } from './main-nav';
import { ScreenContent } from './screen-content';
import { SkipLink } from './skip-link';
import { UserMenu } from './user-menu';

export const mainContentId = 'main-content';

export function AppLayout() {
  const t = useT();
  const session = useSessionStore((s) => s.session);
  const organisationName = useSessionStore((s) => s.organisationName);
  const route = useRoute(session?.role ?? 'viewer');
  const screen = screenOf(route);
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const mainRef = useRef<HTMLElement>(null);
  const firstScreen = useRef(true);
  useHistoryKeys();
  usePageScrollMemory();
  const path = useLocation().pathname;
  useEffect(() => notePathShown(path), [path]);

  useEffect(() => {
    if (firstScreen.current) {
      firstScreen.current = false;
      return;
    }
    // Without scrolling: the page's place is usePageScrollMemory's (top, or where the user was).
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  }, [screen]);

  if (!session) return null;

  return (
    <>
      <SkipLink targetId={mainContentId} />
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding="lg"
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={navOpened}
                onClick={toggleNav}
                hiddenFrom="sm"
                size="sm"
                aria-label={t('nav.toggle')}
              />
              <Text fw={700} size="lg" c="blue.9">
                {t('app.name')}
              </Text>
              {organisationName && (
                <Text size="sm" c="dimmed" visibleFrom="sm" truncate>
                  {organisationName}
                </Text>
              )}
            </Group>
            <UserMenu session={session} />
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm">
          <MainNav role={session.role} screen={screen} onNavigate={closeNav} />
        </AppShell.Navbar>
        <AppShell.Main id={mainContentId} ref={mainRef} tabIndex={-1}>
          <AuditAlarmBanner />
          <ScreenContent route={route} role={session.role} />
        </AppShell.Main>
      </AppShell>
      <LeaveGuardDialog />
    </>
  );
}
