import { useMemo } from "react";
import { useLanguage } from "../i18n/i18n-context";

const LOCALES = { id: "id-ID", en: "en-GB" } as const;

/** Numbers in the reader's language (`42,5` in Indonesian, `42.5` in English), at most `maxDigits` decimals. */
export const useNumberFormat = (): ((value: number, maxDigits?: number) => string) => {
  const { language } = useLanguage();
  return useMemo(() => {
    const formats = new Map<number, Intl.NumberFormat>();
    return (value: number, maxDigits = 2) => {
      let format = formats.get(maxDigits);
      if (!format) {
        format = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: maxDigits });
        formats.set(maxDigits, format);
      }
      return format.format(value);
    };
  }, [language]);
};
