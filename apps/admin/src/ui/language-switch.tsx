import { Segmented } from "antd";
import { useLanguage, useT } from "../i18n/i18n-context";
import { LANGUAGES, type Language } from "../i18n/languages";

/** ID / EN; the choice is remembered in localStorage. */
export function LanguageSwitch() {
  const t = useT();
  const { language, setLanguage } = useLanguage();
  return (
    <Segmented<Language>
      size="small"
      aria-label={t("language.switch")}
      data-testid="language-switch"
      value={language}
      onChange={setLanguage}
      options={LANGUAGES.map((l) => ({ value: l, label: t(`language.short.${l}`), title: t(`language.name.${l}`) }))}
    />
  );
}
