// Looks up a UI text and fills in `{name}` and plural `{count|one|other}` placeholders. Pure, so stores and
// tests can use it without React.
import type { Language } from '../../../shared/i18n/messages';
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
