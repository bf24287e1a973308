// The UI language (sv by default), remembered in localStorage. Only the
// language code is stored there: never anything about a person.
import { create } from 'zustand';
import type { Language } from '../../../shared/i18n/messages';

const storageKey = 'iop-desk.language';

function storedLanguage(): Language {
  try {
    return globalThis.localStorage?.getItem(storageKey) === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

function applyToDocument(language: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

interface LanguageState {
  language: Language;
  setLanguage(language: Language): void;
}

export const useLanguageStore = create<LanguageState>()((set) => ({
  language: storedLanguage(),
  setLanguage(language) {
    try {
      globalThis.localStorage?.setItem(storageKey, language);
    } catch {
      // Storage can be unavailable; the choice then lasts until the window closes.
    }
    applyToDocument(language);
    set({ language });
  },
}));

applyToDocument(useLanguageStore.getState().language);
