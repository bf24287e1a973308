// One mechanism for "barnet" / "deltagaren" (shared/support-groups/person-term.ts):
// a text about the person has its adult wording under `<key>.participant`.
// These tests keep the pairs honest in all four catalogues.
import { describe, expect, it } from 'vitest';
import { en as messagesEn } from '../../../shared/i18n/en';
import { sv as messagesSv } from '../../../shared/i18n/sv';
import { participantSuffix } from '../../../shared/support-groups/person-term';
import { en } from './en';
import { sv } from './sv';
import { forPerson, translate } from './translate';

const catalogues = { sv, en, messagesSv, messagesEn } as Record<string, Record<string, string>>;

describe('texts about the person, for a child and for an adult participant', () => {
  it('every adult wording has its usual text, and there are some in each catalogue', () => {
    for (const [name, catalogue] of Object.entries(catalogues)) {
      const adult = Object.keys(catalogue).filter((k) => k.endsWith(participantSuffix));
      expect(adult.length, name).toBeGreaterThan(0);
      for (const key of adult)
        expect(Object.hasOwn(catalogue, key.slice(0, -participantSuffix.length)), `${name} ${key}`).toBe(
          true,
        );
    }
  });

  it('the usual Swedish text speaks of "barnet", the adult one of "deltagaren" and never of a child', () => {
    for (const catalogue of [sv, messagesSv] as Record<string, string>[]) {
      for (const [key, text] of Object.entries(catalogue)) {
        if (!key.endsWith(participantSuffix)) continue;
        expect(catalogue[key.slice(0, -participantSuffix.length)], key).toMatch(/barn/i);
        expect(text, key).not.toMatch(/barn/i);
        expect(text, key).toMatch(/deltagar/i);
      }
    }
    for (const catalogue of [en, messagesEn] as Record<string, string>[]) {
      for (const [key, text] of Object.entries(catalogue))
        if (key.endsWith(participantSuffix)) expect(text, key).not.toMatch(/child/i);
    }
  });

  it('forPerson picks the wording for the person', () => {
    expect(translate('sv', forPerson('enrolment.gateReady', 'child'))).toBe(
      'Allt som krävs finns: barnet kan börja och närvaro kan registreras.',
    );
    expect(translate('sv', forPerson('enrolment.gateReady', 'participant'))).toBe(
      'Allt som krävs finns: deltagaren kan börja och närvaro kan registreras.',
    );
    expect(translate('en', forPerson('childPage.noEnrolments', 'participant'))).toBe(
      'The participant is not enrolled in any programme.',
    );
  });
});
