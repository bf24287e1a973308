import { describe, expect, it } from 'vitest';
import { roles } from '../../../shared/roles';
import { listOf, parseRoute, pathOf, resolveRoute, screenOf, screens, type Route } from './routes';

const every: Route[] = [
  { name: 'overview' },
  { name: 'agreements' },
  { name: 'agreementNew' },
  { name: 'agreement', id: 7, tab: 'summary' },
  { name: 'agreement', id: 7, tab: 'economy' },
  { name: 'organisations' },
  { name: 'organisationNew' },
  { name: 'organisation', id: 3 },
  { name: 'supportGroups', tab: 'groups' },
  { name: 'supportGroups', tab: 'waitingList' },
  { name: 'groupNew' },
  { name: 'group', id: 12 },
  { name: 'groupEdit', id: 12 },
  { name: 'enrolment', id: 40 },
  { name: 'children' },
  { name: 'childNew' },
  { name: 'child', id: 5 },
  { name: 'childEdit', id: 5 },
  { name: 'reports', tab: 'report' },
  { name: 'reports', tab: 'erasure' },
  { name: 'admin', tab: 'users' },
  { name: 'admin', tab: 'audit' },
];

describe('routes', () => {
  it('reads back every route from its path', () => {
    for (const route of every) expect(parseRoute(pathOf(route)), pathOf(route)).toEqual(route);
  });

  it('writes the paths a caseworker would read in the address, with ids only', () => {
    expect(every.map(pathOf)).toEqual([
      '/',
      '/agreements',
      '/agreements/new',
      '/agreements/7',
      '/agreements/7/economy',
      '/organisations',
      '/organisations/new',
      '/organisations/3',
      '/support-groups',
      '/support-groups/waiting-list',
      '/groups/new',
      '/groups/12',
      '/groups/12/edit',
      '/enrolments/40',
      '/children',
      '/children/new',
      '/children/5',
      '/children/5/edit',
      '/reports',
      '/reports/erasure',
      '/admin',
      '/admin/audit',
    ]);
  });

  it('knows no path that is not a screen, a tab or a whole positive id', () => {
    for (const path of [
      '/nowhere',
      '/agreements/0',
      '/agreements/-1',
      '/agreements/1.5',
      '/agreements/Anna',
      '/agreements/7/gossip',
      '/children/5/delete',
      '/support-groups/waitingList',
      '/reports/secret',
      '/admin/keys',
      '/groups/12/13',
      '/agreements/99999999999999999',
    ])
      expect(parseRoute(path), path).toBeNull();
  });

  it('puts every route under the menu item whose list the menu goes to', () => {
    expect(screenOf({ name: 'agreement', id: 7, tab: 'summary' })).toBe('agreements');
    expect(screenOf({ name: 'group', id: 12 })).toBe('supportGroups');
    expect(screenOf({ name: 'enrolment', id: 40 })).toBe('supportGroups');
    expect(screenOf({ name: 'childEdit', id: 5 })).toBe('children');
    expect(screenOf({ name: 'organisation', id: 3 })).toBe('organisations');
    for (const screen of screens) {
      const list = listOf(screen);
      expect(screenOf(list)).toBe(screen);
      expect(list).not.toHaveProperty('id');
    }
    expect(pathOf(listOf('supportGroups'))).toBe('/support-groups');
    expect(pathOf(listOf('agreements'))).toBe('/agreements');
  });
});

describe('what a role may open', () => {
  it('shows every route to the admin as asked', () => {
    for (const route of every) expect(resolveRoute(pathOf(route), 'admin')).toEqual(route);
  });

  it('gives Översikt for an unknown path, as for a screen the role may not see', () => {
    for (const role of roles) expect(resolveRoute('/nowhere', role)).toEqual({ name: 'overview' });
    for (const path of ['/admin', '/admin/audit'])
      for (const role of ['caseworker', 'coordinator', 'viewer'] as const)
        expect(resolveRoute(path, role), `${role} ${path}`).toEqual({ name: 'overview' });
  });

  it('never shows a viewer a record or list with personal data', () => {
    for (const path of [
      '/children',
      '/children/5',
      '/children/5/edit',
      '/groups/12',
      '/groups/12/edit',
      '/enrolments/40',
      '/support-groups/attention',
      '/organisations/3',
    ])
      expect(resolveRoute(path, 'viewer'), path).toEqual({ name: 'overview' });
    expect(resolveRoute('/agreements/7/economy', 'viewer')).toEqual({
      name: 'agreement',
      id: 7,
      tab: 'economy',
    });
  });

  it('opens an import under its list, only to a role that may save the form', () => {
    const kinds = [
      [{ name: 'import', kind: 'organisations' }, '/import/organisations', 'organisations'],
      [{ name: 'import', kind: 'children' }, '/import/children', 'children'],
      [{ name: 'import', kind: 'waitingList' }, '/import/waiting-list', 'supportGroups'],
    ] as const;
    for (const [route, path, screen] of kinds) {
      expect(pathOf(route)).toBe(path);
      expect(parseRoute(path)).toEqual(route);
      expect(screenOf(route)).toBe(screen);
      expect(resolveRoute(path, 'admin')).toEqual(route);
      expect(resolveRoute(path, 'viewer')).toEqual({ name: 'overview' });
    }
    expect(parseRoute('/import/waitingList')).toBeNull();
    expect(resolveRoute('/import/organisations', 'coordinator')).toEqual({ name: 'organisations' });
  });

  it("gives a form's list to a role that may not write it", () => {
    expect(resolveRoute('/agreements/new', 'viewer')).toEqual({ name: 'agreements' });
  });
});
