import { describe, expect, it } from 'vitest';
import { navItemsFor } from './nav-items';

const screensFor = (role: Parameters<typeof navItemsFor>[0]) => navItemsFor(role).map((item) => item.screen);

describe('main menu', () => {
  it('shows everything to an admin, in the agreed order', () => {
    expect(screensFor('admin')).toEqual([
      'overview',
      'agreements',
      'organisations',
      'supportGroups',
      'children',
      'reports',
      'admin',
    ]);
  });

  it('hides Administration from everyone but admins', () => {
    expect(screensFor('caseworker')).not.toContain('admin');
    expect(screensFor('coordinator')).not.toContain('admin');
  });

  it('hides screens with personal data from viewers', () => {
    expect(screensFor('viewer')).toEqual(['overview', 'agreements', 'reports']);
  });
});
