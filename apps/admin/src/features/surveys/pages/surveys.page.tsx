import { useT } from "../../../i18n/i18n-context";
import { StagePlaceholder } from "../../../ui/stage-placeholder";

/** Placeholder: this stage of the cycle is not built yet, so the page says so and shows no data. */
export function SurveysPage() {
  const t = useT();
  return (
    <StagePlaceholder
      title={t("nav.surveys")}
      notBuilt={t("stage.notBuilt")}
      description={t("stage.surveys.description")}
    />
  );
}
