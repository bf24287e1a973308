// Looks up a UI text and fills in `{name}` and plural `{count|one|other}` placeholders. Pure, so stores and
// tests can use it without React.
import type { Language } from '../../../shared/i18n/messages';
import type { PersonTerm } from '../../../shared/support-groups/person-term';
import { fillText } from '../../../shared/i18n/plural';
import { en } from './en';
import { sv, type UiKey } from './sv';

export type { UiKey };
export type TextParams = Record<string, string | number>;
export type Translate = (key: UiKey, params?: TextParams) => string;

const catalogues: Record<Language, Record<UiKey, string>> = { sv, en };

export function isUiKey(key: string): key is UiKey {
  return Object.hasOwn(sv, key);
}

export function translate(language: Language, key: UiKey, params?: TextParams): string {
  const text = catalogues[language][key];
  return params ? fillText(text, language, params) : text;
}

export const translator =
  (language: Language): Translate =>
  (key, params) =>
    translate(language, key, params);

/** A text that speaks of the person and has a wording for an adult: `<key>.participant`. */
export type PersonKey = { [K in UiKey]: `${K}.participant` extends UiKey ? K : never }[UiKey];

/**
 * The key of a text about the person in the wording for `term`: "deltagaren"
 * rather than "barnet" for a person who is 18 or older on the day that counts
 * (shared/support-groups/person-term.ts).
 */
export const forPerson = (key: PersonKey, term: PersonTerm): UiKey =>
  term === 'participant' ? `${key}.participant` : key;
