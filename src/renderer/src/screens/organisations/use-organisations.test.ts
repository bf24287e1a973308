import { describe, expect, it } from 'vitest';
import { byName } from './use-organisations';

describe('the organisation list order', () => {
  it('is Swedish, numbers by value', () => {
    const names = ['Östra föreningen', 'Ängens förening', 'Grupp 10', 'Åre kommun', 'Grupp 2', 'Zeta'];
    expect(
      names
        .map((name) => ({ name }))
        .toSorted(byName)
        .map((o) => o.name),
    ).toEqual(['Grupp 2', 'Grupp 10', 'Zeta', 'Åre kommun', 'Ängens förening', 'Östra föreningen']);
  });
});
