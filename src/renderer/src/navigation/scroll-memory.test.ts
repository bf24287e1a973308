import { describe, expect, it } from 'vitest';
import { recallScroll, rememberScroll, restoreStep } from './scroll-memory';

describe('where the user was scrolled', () => {
  it('is kept per history entry and per area', () => {
    rememberScroll('k1', 'list:Barn', 1200);
    rememberScroll('k1', 'page', 40);
    rememberScroll('k2', 'list:Barn', 300);
    expect(recallScroll('k1', 'list:Barn')).toBe(1200);
    expect(recallScroll('k1', 'page')).toBe(40);
    expect(recallScroll('k2', 'list:Barn')).toBe(300);
    expect(recallScroll('k3', 'list:Barn')).toBeNull();
    rememberScroll('k1', 'list:Barn', 1250.6);
    expect(recallScroll('k1', 'list:Barn')).toBe(1251);
  });

  it('forgets the oldest entries first, so memory stays small', () => {
    rememberScroll('first', 'page', 10);
    for (let i = 0; i < 600; i += 1) rememberScroll(`entry-${i}`, 'page', i);
    expect(recallScroll('first', 'page')).toBeNull();
    expect(recallScroll('entry-599', 'page')).toBe(599);
  });

  it('is put back as far as the content allows, and done once it reaches the place', () => {
    // The list's rows have not arrived: nothing to scroll yet.
    expect(restoreStep(1200, 0)).toEqual({ top: 0, done: false });
    expect(restoreStep(1200, 800)).toEqual({ top: 800, done: false });
    expect(restoreStep(1200, 2600)).toEqual({ top: 1200, done: true });
    expect(restoreStep(0, 0)).toEqual({ top: 0, done: true });
  });
});
