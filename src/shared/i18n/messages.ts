import { participantSuffix } from '../support-groups/person-term';
import { en } from './en';
import { fillText } from './plural';
import { sv, type MessageKey } from './sv';

export type Language = 'sv' | 'en';
export type { MessageKey };

export const catalogues: Record<Language, Record<MessageKey, string>> = { sv, en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(sv, key);
}

/**
 * Text for a key in the given language, its `{name}` placeholders filled from
 * `params`; unknown keys fall back to the generic validation text. With
 * `person: 'participant'` (personParams) a text that speaks of the person
 * says "deltagaren" rather than "barnet" (support-groups/person-term.ts).
 */
export function message(key: string, language: Language = 'sv', params?: Record<string, string>): string {
  const adultKey = `${key}${participantSuffix}`;
  const termed = params?.['person'] === 'participant' && isMessageKey(adultKey) ? adultKey : key;
  const text = isMessageKey(termed) ? catalogues[language][termed] : catalogues[language]['field.invalid'];
  return params ? fillText(text, language, params) : text;
}
