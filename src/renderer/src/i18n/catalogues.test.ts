import { describe, expect, it } from 'vitest';
import { organisationKinds } from '../../../shared/organisations/kinds';
import { organisationRequirements, requirementStatuses } from '../../../shared/organisations/requirements';
import { roles } from '../../../shared/roles';
import { en } from './en';
import { sv } from './sv';
import { countsWithoutPlural, placeholderNames } from '../../../shared/i18n/plural';
import { sv as messagesSv } from '../../../shared/i18n/sv';
import { en as messagesEn } from '../../../shared/i18n/en';
import { isUiKey, translate } from './translate';

const placeholders = placeholderNames;

describe('UI catalogues', () => {
  it('have a non-empty text for every key in both languages', () => {
    for (const [key, text] of Object.entries(sv)) {
      expect(text.trim(), `sv ${key}`).not.toBe('');
      expect(en[key as keyof typeof sv].trim(), `en ${key}`).not.toBe('');
    }
  });

  it('use the same placeholders in Swedish and English', () => {
    for (const key of Object.keys(sv) as (keyof typeof sv)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(sv[key]));
    }
  });

  it('name every role, organisation kind, requirement and requirement status', () => {
    const keys = [
      ...roles.map((r) => `role.${r}`),
      ...organisationKinds.map((k) => `kind.${k}`),
      ...organisationRequirements.map((r) => `requirement.${r}`),
      ...requirementStatuses.map((s) => `requirementStatus.${s}`),
    ];
    for (const key of keys) expect(isUiKey(key), key).toBe(true);
  });

  it('gives the Swedish role names the app uses', () => {
    expect(roles.map((role) => translate('sv', `role.${role}`))).toEqual([
      'Administratör',
      'Handläggare',
      'Koordinator',
      'Läsare',
    ]);
  });
});

describe('plural forms (issue 11: "1 inskrivningar", "1 grupper")', () => {
  // A `…Many` text with a `…One` sibling is the plural the code picks itself.
  const pickedInCode = (key: string, catalogue: Record<string, string>) =>
    key.endsWith('Many') && Object.hasOwn(catalogue, `${key.slice(0, -4)}One`);

  it('every text where a count meets a noun has a plural form, in both languages and both catalogues', () => {
    const found: string[] = [];
    for (const [name, catalogue] of Object.entries({ sv, en, messagesSv, messagesEn }) as [
      string,
      Record<string, string>,
    ][]) {
      for (const [key, text] of Object.entries(catalogue)) {
        if (pickedInCode(key, catalogue)) continue;
        for (const hit of countsWithoutPlural(text)) found.push(`${name} ${key}: ${hit}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('one and several read right', () => {
    expect(translate('sv', 'erasure.selected', { count: 1 })).toBe('1 grupp vald');
    expect(translate('sv', 'erasure.selected', { count: 3 })).toBe('3 grupper valda');
    expect(translate('en', 'erasure.selected', { count: 1 })).toBe('1 group chosen');
    expect(translate('sv', 'groupPage.capacityLine', { placed: 1, min: 5, max: 8, free: 7 })).toBe(
      '1 barn har plats (minst 5, högst 8); 7 lediga',
    );
    expect(translate('sv', 'enrolForm.groupOption', { name: 'Vår', start: '2026-03-04', free: 1 })).toBe(
      'Vår (start 2026-03-04, 1 ledig)',
    );
  });
});

describe('translate', () => {
  it('fills in placeholders and leaves unknown ones alone', () => {
    expect(translate('sv', 'organisations.gapsMany', { count: 3 })).toBe('3 krav ej uppfyllda/okända');
    expect(translate('en', 'organisations.gapsMany', { count: 3 })).toBe('3 requirements not met/unknown');
    expect(translate('sv', 'organisations.gapsMany')).toBe('{count} krav ej uppfyllda/okända');
  });
});
