// Every screen and record of the app as a route: parsed from the location's
// path (react-router's matcher), written back to a path, and checked against
// the user's role. Paths hold only screen names, tab names and numeric ids,
// never a name or any other personal data: history survives a lock.
import { matchPath } from 'react-router';
import type { ImportKind } from '../../../shared/import/fields';
import { personalDataRoles, type Role } from '../../../shared/roles';
import { mayCall } from '../api/access';

export const screens = [
  'overview',
  'agreements',
  'organisations',
  'supportGroups',
  'children',
  'reports',
  'admin',
] as const;
/** A main-menu item: each route belongs to one. */
export type Screen = (typeof screens)[number];

export const agreementTabs = [
  'summary',
  'commitments',
  'content',
  'amendments',
  'economy',
  'meetings',
  'breaches',
  'versions',
  'documents',
] as const;
export type AgreementTab = (typeof agreementTabs)[number];

export const supportGroupsTabs = ['groups', 'programmes', 'waitingList', 'attention', 'feedback'] as const;
export type SupportGroupsTab = (typeof supportGroupsTabs)[number];

export const reportsTabs = ['report', 'effect', 'erasure', 'actuals', 'settings'] as const;
export type ReportsTab = (typeof reportsTabs)[number];

export const adminTabs = ['users', 'settings', 'audit', 'backups', 'exchange'] as const;
export type AdminTab = (typeof adminTabs)[number];

export type Route =
  | { name: 'overview' }
  | { name: 'agreements' }
  | { name: 'agreementNew' }
  | { name: 'agreement'; id: number; tab: AgreementTab }
  | { name: 'organisations' }
  | { name: 'organisationNew' }
  | { name: 'organisation'; id: number }
  | { name: 'supportGroups'; tab: SupportGroupsTab }
  | { name: 'groupNew' }
  | { name: 'group'; id: number }
  | { name: 'groupEdit'; id: number }
  | { name: 'enrolment'; id: number }
  | { name: 'children' }
  | { name: 'childNew' }
  | { name: 'child'; id: number }
  | { name: 'childEdit'; id: number }
  | { name: 'reports'; tab: ReportsTab }
  | { name: 'admin'; tab: AdminTab }
  | { name: 'import'; kind: ImportKind };

const slugs: Record<SupportGroupsTab, string> = {
  groups: 'groups',
  programmes: 'programmes',
  waitingList: 'waiting-list',
  attention: 'attention',
  feedback: 'feedback',
};

const importSlugs: Record<ImportKind, string> = {
  organisations: 'organisations',
  children: 'children',
  waitingList: 'waiting-list',
};

const oneOf = <T extends string>(values: readonly T[], value: string | undefined, fallback: T): T | null =>
  value === undefined ? fallback : (values as readonly string[]).includes(value) ? (value as T) : null;

const positiveId = (value: string | undefined): number | null =>
  value !== undefined && /^[1-9]\d{0,15}$/.test(value) ? Number(value) : null;

type Params = Record<string, string | undefined>;

// Order matters only where a literal segment ("new") meets an id; ids must be digits anyway.
const patterns: readonly [string, (p: Params) => Route | null][] = [
  ['/', () => ({ name: 'overview' })],
  ['/agreements', () => ({ name: 'agreements' })],
  ['/agreements/new', () => ({ name: 'agreementNew' })],
  [
    '/agreements/:id/:tab?',
    (p) =>
      idRoute(p, (id) => {
        const tab = oneOf(agreementTabs, p['tab'], 'summary');
        return tab && { name: 'agreement', id, tab };
      }),
  ],
  ['/organisations', () => ({ name: 'organisations' })],
  ['/organisations/new', () => ({ name: 'organisationNew' })],
  ['/organisations/:id', (p) => idRoute(p, (id) => ({ name: 'organisation', id }))],
  [
    '/support-groups/:tab?',
    (p) => {
      const entry = Object.entries(slugs).find(([, slug]) => slug === (p['tab'] ?? 'groups'));
      return entry ? { name: 'supportGroups', tab: entry[0] as SupportGroupsTab } : null;
    },
  ],
  ['/groups/new', () => ({ name: 'groupNew' })],
  ['/groups/:id', (p) => idRoute(p, (id) => ({ name: 'group', id }))],
  ['/groups/:id/edit', (p) => idRoute(p, (id) => ({ name: 'groupEdit', id }))],
  ['/enrolments/:id', (p) => idRoute(p, (id) => ({ name: 'enrolment', id }))],
  ['/children', () => ({ name: 'children' })],
  ['/children/new', () => ({ name: 'childNew' })],
  ['/children/:id', (p) => idRoute(p, (id) => ({ name: 'child', id }))],
  ['/children/:id/edit', (p) => idRoute(p, (id) => ({ name: 'childEdit', id }))],
  [
    '/import/:kind',
    (p) => {
      const entry = Object.entries(importSlugs).find(([, slug]) => slug === p['kind']);
      return entry ? { name: 'import', kind: entry[0] as ImportKind } : null;
    },
  ],
  [
    '/reports/:tab?',
    (p) => {
      const tab = oneOf(reportsTabs, p['tab'], 'report');
      return tab && { name: 'reports', tab };
    },
  ],
  [
    '/admin/:tab?',
    (p) => {
      const tab = oneOf(adminTabs, p['tab'], 'users');
      return tab && { name: 'admin', tab };
    },
  ],
];

function idRoute(params: Params, build: (id: number) => Route | null): Route | null {
  const id = positiveId(params['id']);
  return id === null ? null : build(id);
}

/** The route a path names, or null for a path no screen has. */
export function parseRoute(pathname: string): Route | null {
  for (const [pattern, build] of patterns) {
    const match = matchPath({ path: pattern, end: true }, pathname);
    if (match) {
      const route = build(match.params);
      if (route) return route;
    }
  }
  return null;
}

/** The path of a route (what the hash holds): names and ids only. */
export function pathOf(route: Route): string {
  switch (route.name) {
    case 'overview':
      return '/';
    case 'agreements':
      return '/agreements';
    case 'agreementNew':
      return '/agreements/new';
    case 'agreement':
      return route.tab === 'summary' ? `/agreements/${route.id}` : `/agreements/${route.id}/${route.tab}`;
    case 'organisations':
      return '/organisations';
    case 'organisationNew':
      return '/organisations/new';
    case 'organisation':
      return `/organisations/${route.id}`;
    case 'supportGroups':
      return route.tab === 'groups' ? '/support-groups' : `/support-groups/${slugs[route.tab]}`;
    case 'groupNew':
      return '/groups/new';
    case 'group':
      return `/groups/${route.id}`;
    case 'groupEdit':
      return `/groups/${route.id}/edit`;
    case 'enrolment':
      return `/enrolments/${route.id}`;
    case 'children':
      return '/children';
    case 'childNew':
      return '/children/new';
    case 'child':
      return `/children/${route.id}`;
    case 'childEdit':
      return `/children/${route.id}/edit`;
    case 'reports':
      return route.tab === 'report' ? '/reports' : `/reports/${route.tab}`;
    case 'admin':
      return route.tab === 'users' ? '/admin' : `/admin/${route.tab}`;
    case 'import':
      return `/import/${importSlugs[route.kind]}`;
  }
}

/** The menu item a route belongs to. */
export function screenOf(route: Route): Screen {
  switch (route.name) {
    case 'overview':
    case 'agreements':
    case 'organisations':
    case 'children':
    case 'reports':
    case 'admin':
      return route.name;
    case 'agreementNew':
    case 'agreement':
      return 'agreements';
    case 'organisationNew':
    case 'organisation':
      return 'organisations';
    case 'supportGroups':
    case 'groupNew':
    case 'group':
    case 'groupEdit':
    case 'enrolment':
      return 'supportGroups';
    case 'childNew':
    case 'child':
    case 'childEdit':
      return 'children';
    case 'import':
      return route.kind === 'waitingList' ? 'supportGroups' : route.kind;
  }
}

/** The list (first view) of a menu item: where the menu always goes. */
export function listOf(screen: Screen): Route {
  switch (screen) {
    case 'supportGroups':
      return { name: 'supportGroups', tab: 'groups' };
    case 'reports':
      return { name: 'reports', tab: 'report' };
    case 'admin':
      return { name: 'admin', tab: 'users' };
    default:
      return { name: screen };
  }
}

// Who sees which menu item and its routes. Main enforces access on every call;
// hiding here only spares users screens they could not use.
const everyone = () => true;
// Viewers see reports only, never personal data.
const personalData = (role: Role) => personalDataRoles.includes(role);
const screenVisible: Record<Screen, (role: Role) => boolean> = {
  overview: everyone,
  agreements: everyone,
  organisations: personalData,
  supportGroups: personalData,
  children: personalData,
  reports: everyone,
  admin: (role) => role === 'admin',
};

export const mayOpenScreen = (screen: Screen, role: Role): boolean => screenVisible[screen](role);

/** Forms that only writers reach; a reader who lands on one gets the list instead. */
function mayOpenForm(route: Route, role: Role): boolean {
  switch (route.name) {
    case 'agreementNew':
      return mayCall('agreements:createFromTemplate', role);
    case 'organisationNew':
      return mayCall('organisations:create', role);
    case 'groupNew':
      return mayCall('supportGroups:create', role);
    case 'groupEdit':
      return mayCall('supportGroups:update', role);
    case 'childNew':
    case 'childEdit':
      return mayCall('children:create', role);
    case 'import':
      return mayCall(
        route.kind === 'organisations'
          ? 'organisations:create'
          : route.kind === 'children'
            ? 'children:create'
            : 'enrolments:create',
        role,
      );
    default:
      return true;
  }
}

/**
 * The route shown for a path and a role: an unknown path or a screen the role
 * may not see shows Översikt (as the menu hides it); a form the role may not
 * use shows its list. Whether a record still exists is main's answer: the page
 * goes to its list when main says notFound or forbidden.
 */
export function resolveRoute(pathname: string, role: Role): Route {
  const route = parseRoute(pathname);
  if (!route || !mayOpenScreen(screenOf(route), role)) return { name: 'overview' };
  if (!mayOpenForm(route, role)) return listOf(screenOf(route));
  return route;
}
