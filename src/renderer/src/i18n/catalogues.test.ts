import { describe, expect, it } from 'vitest';
import { organisationKinds } from '../../../shared/organisations/kinds';
import { organisationRequirements, requirementStatuses } from '../../../shared/organisations/requirements';
import { roles } from '../../../shared/roles';
import { en } from './en';
import { sv } from './sv';
import { isUiKey, translate } from './translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

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

describe('translate', () => {
  it('fills in placeholders and leaves unknown ones alone', () => {
    expect(translate('sv', 'organisations.gapsMany', { count: 3 })).toBe('3 krav ej uppfyllda/okända');
    expect(translate('en', 'organisations.gapsMany', { count: 3 })).toBe('3 requirements not met/unknown');
    expect(translate('sv', 'organisations.gapsMany')).toBe('{count} krav ej uppfyllda/okända');
  });
});
