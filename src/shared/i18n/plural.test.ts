import { describe, expect, it } from 'vitest';
import { countsWithoutPlural, fillText, placeholderNames } from './plural';

describe('plural forms in catalogue texts', () => {
  it('picks the form by the language’s rules, # standing for the number', () => {
    const text = '{count|# grupp|# grupper} med {children|# barn|# barn}';
    expect(fillText(text, 'sv', { count: 1, children: 1 })).toBe('1 grupp med 1 barn');
    expect(fillText(text, 'sv', { count: 0, children: 3 })).toBe('0 grupper med 3 barn');
    expect(fillText('{count|# enrolment|# enrolments}', 'en', { count: 1 })).toBe('1 enrolment');
    expect(fillText('{count|# enrolment|# enrolments}', 'en', { count: 2 })).toBe('2 enrolments');
  });

  it('fills plain placeholders as before and leaves unknown ones alone', () => {
    expect(fillText('{name} har {count|# krav|# krav}', 'sv', { name: 'Bris' })).toBe(
      'Bris har {count|# krav|# krav}',
    );
    expect(fillText('{name}', 'sv', { name: 'Bris' })).toBe('Bris');
  });

  it('names the placeholders of both kinds', () => {
    expect(placeholderNames('{name}: {count|# grupp|# grupper}')).toEqual(['count', 'name']);
  });

  it('finds a count meeting a noun without a plural form', () => {
    expect(countsWithoutPlural('{count} inskrivningar')).toEqual(['{count} inskrivningar']);
    expect(countsWithoutPlural('{held} av {target} grupper')).toEqual(['{target} grupper']);
    expect(countsWithoutPlural('{count|# inskrivning|# inskrivningar}')).toEqual([]);
    expect(countsWithoutPlural('{name} accepterar')).toEqual([]);
  });
});
