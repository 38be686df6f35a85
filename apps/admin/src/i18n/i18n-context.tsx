import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import dayjs from "dayjs";
import "dayjs/locale/id";
import "dayjs/locale/en";
import type { MessageKey, Messages } from "./id";
import { interpolate, type MessageParams } from "./interpolate";
import { BUNDLED_CATALOGUES, DEFAULT_LANGUAGE, isLanguage, loadCatalogue, type Language } from "./languages";

const STORAGE_KEY = "bina.language";

export type Translate = (key: MessageKey, params?: MessageParams) => string;

interface I18nValue {
  readonly language: Language;
  readonly setLanguage: (language: Language) => void;
  readonly t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

const storedLanguage = (): Language => {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
};

export function I18nProvider({ children }: { readonly children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(storedLanguage);
  const [catalogues, setCatalogues] = useState<Partial<Record<Language, Messages>>>(BUNDLED_CATALOGUES);

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }, []);

  // A language whose catalogue is not here yet: load it; the page keeps the language it shows until it has arrived.
  useEffect(() => {
    if (catalogues[language]) return;
    let current = true;
    loadCatalogue(language).then(
      (messages) => current && setCatalogues((loaded) => ({ ...loaded, [language]: messages })),
      // Offline or a failed chunk: stay in the default language rather than show nothing.
      () => current && setLanguageState(DEFAULT_LANGUAGE),
    );
    return () => {
      current = false;
    };
  }, [catalogues, language]);

  // The language shown: the one chosen once its catalogue is here; until then the one shown before (or the default).
  const [shown, setShown] = useState<Language | null>(catalogues[language] ? language : null);
  if (catalogues[language] && shown !== language) setShown(language);

  useEffect(() => {
    if (shown) document.documentElement.lang = shown;
  }, [shown]);

  const value = useMemo<I18nValue | null>(() => {
    const messages = shown ? catalogues[shown] : undefined;
    if (!shown || !messages) return null;
    // Set before children render, so that dates of this render are already in the new language.
    dayjs.locale(shown);
    return { language: shown, setLanguage, t: (key, params) => interpolate(messages[key], params) };
  }, [shown, catalogues, setLanguage]);

  // Only a remembered language other than the default waits (a moment) for its catalogue before the first render.
  return value ? <I18nContext.Provider value={value}>{children}</I18nContext.Provider> : null;
}

const useI18n = (): I18nValue => {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useT() needs an <I18nProvider> above it");
  return value;
};

/** The translate function of the current language: `t("employees.total", { count: 3 })`. */
export const useT = (): Translate => useI18n().t;

export const useLanguage = (): Pick<I18nValue, "language" | "setLanguage"> => {
  const { language, setLanguage } = useI18n();
  return { language, setLanguage };
};
