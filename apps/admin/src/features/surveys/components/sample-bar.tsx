import { Progress, Typography } from "antd";
import { useT } from "../../../i18n/i18n-context";
import { useNumberFormat } from "../../../ui/use-number-format";
import { samplePercent } from "../lib/survey-figures";

/** Responses against the required sample: a bar (decoration) with "320 / 382" written beside it. */
export function SampleBar({ respondents, required, testId }: { readonly respondents: number; readonly required: number; readonly testId?: string }) {
  const t = useT();
  const number = useNumberFormat();
  const percent = samplePercent(respondents, required);
  const met = respondents >= required;
  return (
    <span data-testid={testId} data-respondents={respondents} data-required={required} style={{ display: "inline-flex", alignItems: "center", gap: 8, minWidth: 170 }}>
      <Progress percent={percent} showInfo={false} size="small" strokeColor={met ? "#237804" : "#ad4e00"} style={{ width: 80, margin: 0 }} aria-hidden />
      <Typography.Text style={{ fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" }}>
        {t("surveys.sample.of", { respondents: number(respondents), required: number(required) })}
      </Typography.Text>
    </span>
  );
}
