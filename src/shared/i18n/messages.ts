import { en } from './en';
import { sv, type MessageKey } from './sv';

export type Language = 'sv' | 'en';
export type { MessageKey };

export const catalogues: Record<Language, Record<MessageKey, string>> = { sv, en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(sv, key);
}

/** Text for a key in the given language; unknown keys fall back to the generic validation text. */
export function message(key: string, language: Language = 'sv'): string {
  return isMessageKey(key) ? catalogues[language][key] : catalogues[language]['field.invalid'];
}
