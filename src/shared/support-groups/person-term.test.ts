import { describe, expect, it } from 'vitest';
import { message } from '../i18n/messages';
import { ageFactsOf, personParams, personTermOn } from './person-term';

const facts = (over: Partial<Parameters<typeof ageFactsOf>[0]> = {}) =>
  ageFactsOf({ birthDate: null, birthYear: null, ageBand: null, ageBandOn: null, ...over });

describe('"barnet" or "deltagaren": the person is spoken of by their age on the day that counts', () => {
  it('is "barnet" until the 18th birthday, "deltagaren" from that day', () => {
    const born = facts({ birthDate: '2008-03-04' });
    expect(personTermOn(born, '2026-03-03')).toBe('child');
    expect(personTermOn(born, '2026-03-04')).toBe('participant');
  });

  it('a 20-year-old with a birth year only, as under the umbrella partnership, is "deltagaren"', () => {
    expect(personTermOn(facts({ birthYear: 2006 }), '2026-03-04')).toBe('participant');
    expect(personTermOn(facts({ birthYear: 2011 }), '2026-03-04')).toBe('child');
  });

  it('an age band counts only when the person is certainly 18; nothing known is "barnet"', () => {
    expect(personTermOn(facts({ ageBand: '18-20', ageBandOn: '2026-01-10' }), '2026-03-04')).toBe(
      'participant',
    );
    expect(personTermOn(facts({ ageBand: '16-17', ageBandOn: '2026-01-10' }), '2026-03-04')).toBe('child');
    // A band without the day it was entered is not used.
    expect(facts({ ageBand: '18-20' }).ageBand).toBeNull();
    expect(personTermOn(facts(), '2026-03-04')).toBe('child');
  });

  it('an error message says "deltagaren" when main asks for it, and the usual text otherwise', () => {
    expect(message('enrolments.gateNotMet', 'sv')).toBe('Barnet kan inte börja ännu. Det här saknas:');
    expect(message('enrolments.gateNotMet', 'sv', personParams('child'))).toBe(
      'Barnet kan inte börja ännu. Det här saknas:',
    );
    expect(message('enrolments.gateNotMet', 'sv', personParams('participant'))).toBe(
      'Deltagaren kan inte börja ännu. Det här saknas:',
    );
    expect(message('enrolments.gateNotMet', 'en', personParams('participant'))).toBe(
      'The participant cannot start yet. This is missing:',
    );
    // A text with no wording of its own for an adult stays as it is.
    expect(message('gate.consentMissing', 'sv', personParams('participant'))).toBe('Samtycke saknas.');
  });
});
