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
 * `params`; unknown keys fall back to the generic validation text.
 */
export function message(key: string, language: Language = 'sv', params?: Record<string, string>): string {
  const text = isMessageKey(key) ? catalogues[language][key] : catalogues[language]['field.invalid'];
  return params ? fillText(text, language, params) : text;
}
