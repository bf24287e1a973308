// Hooks that give components the current language's texts.
import { useMemo } from 'react';
import { message, type Language } from '../../../shared/i18n/messages';
import { useLanguageStore } from '../stores/language-store';
import { translator, type Translate } from './translate';

export function useLanguage(): Language {
  return useLanguageStore((s) => s.language);
}

/** `t('key', { name })`: the UI's own texts. */
export function useT(): Translate {
  const language = useLanguage();
  return useMemo(() => translator(language), [language]);
}

/** Text for an error code or validation key from the shared catalogue. */
export function useMessage(): (key: string, params?: Record<string, string>) => string {
  const language = useLanguage();
  return useMemo(
    () => (key: string, params?: Record<string, string>) => message(key, language, params),
    [language],
  );
}
