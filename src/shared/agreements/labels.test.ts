// A non-profit party is represented by its styrelse, not "(nämnd)" (issue 11).
import { describe, expect, it } from 'vitest';
import { stockholmBris } from '../../../test/support/agreements/fixtures';
import { actingThroughLabel } from './labels';
import { agreementSections } from './sections';

describe('whom a party acts through', () => {
  it('a board is a nämnd for a public party and a styrelse for a non-profit one', () => {
    expect(actingThroughLabel('sv', 'board', 'public')).toBe('nämnd');
    expect(actingThroughLabel('sv', 'board', 'nonprofit')).toBe('styrelse');
    expect(actingThroughLabel('en', 'board', 'nonprofit')).toBe('board of directors');
    expect(actingThroughLabel('sv', 'administration', 'public')).toBe('förvaltning');
  });

  it('the agreement text says so for each party', () => {
    const names: Record<number, string> = { 1: 'Stockholms stad', 2: 'Bris' };
    const parties = agreementSections(stockholmBris(), (id) => names[id] ?? '').find(
      (s) => s.key === 'parties',
    )!;
    expect(parties.lines.filter((l) => l.includes('genom'))).toEqual([
      'Stockholms stad (offentlig part), genom nämnd: Socialnämnden',
      'Bris (idéburen part), genom styrelse: Styrelsen',
    ]);
  });
});
