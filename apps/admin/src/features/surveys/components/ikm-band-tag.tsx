import { Tag, Typography } from "antd";
import type { IkmBand } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { BAND_BACKGROUNDS, BAND_COLORS } from "../lib/survey-figures";

/** A band as a tag: its letter and the regulation's quality label ("B · Baik"), in the band's colour; a dash without one. */
export function IkmBandTag({ band, testId }: { readonly band: IkmBand | null | undefined; readonly testId?: string }) {
  const t = useT();
  if (!band) return <Typography.Text type="secondary">{t("common.none")}</Typography.Text>;
  return (
    <Tag
      data-testid={testId}
      data-band={band}
      style={{ color: BAND_COLORS[band], background: BAND_BACKGROUNDS[band], borderColor: BAND_COLORS[band], marginInlineEnd: 0 }}
    >
      {t("surveys.band", { band, label: t(`enum.IkmBand.${band}`) })}
    </Tag>
  );
}
