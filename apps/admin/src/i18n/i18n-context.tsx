import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import dayjs from "dayjs";
import "dayjs/locale/id";
import "dayjs/locale/en";
import type { MessageKey } from "./id";
import { interpolate, type MessageParams } from "./interpolate";
import { CATALOGUES, DEFAULT_LANGUAGE, isLanguage, type Language } from "./languages";

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

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo<I18nValue>(() => {
    // Set before children render, so that dates of this render are already in the new language.
    dayjs.locale(language);
    const messages = CATALOGUES[language];
    return { language, setLanguage, t: (key, params) => interpolate(messages[key], params) };
  }, [language, setLanguage]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
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
