import { Tag, Tooltip, Typography } from "antd";
import type { CompetencyKind, MappingBand, SelectionBand, SkpPredikat } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";

const PREDIKAT_COLORS: Readonly<Record<SkpPredikat, string>> = {
  SANGAT_BAIK: "green",
  BAIK: "cyan",
  BUTUH_PERBAIKAN: "gold",
  KURANG: "orange",
  SANGAT_KURANG: "red",
};

const MAPPING_COLORS: Readonly<Record<MappingBand, string>> = { OPTIMAL: "green", CUKUP_OPTIMAL: "gold", KURANG_OPTIMAL: "red" };
const SELECTION_COLORS: Readonly<Record<SelectionBand, string>> = {
  MEMENUHI_SYARAT: "green",
  MASIH_MEMENUHI_SYARAT: "gold",
  KURANG_MEMENUHI_SYARAT: "red",
};
export const KIND_COLORS: Readonly<Record<CompetencyKind, string>> = { TECHNICAL: "blue", MANAGERIAL: "purple", SOCIO_CULTURAL: "magenta" };

export function PredikatTag({ predikat }: { readonly predikat: SkpPredikat | null | undefined }) {
  const t = useT();
  if (!predikat) return <Typography.Text type="secondary">{t("common.none")}</Typography.Text>;
  return (
    <Tag color={PREDIKAT_COLORS[predikat]} data-testid="skp-predikat">
      {t(`enum.SkpPredikat.${predikat}`)}
    </Tag>
  );
}

export function MappingBandTag({ band }: { readonly band: MappingBand }) {
  const t = useT();
  return (
    <Tag color={MAPPING_COLORS[band]} data-testid="jpm-mapping-band">
      {t(`enum.MappingBand.${band}`)}
    </Tag>
  );
}

export function SelectionBandTag({ band }: { readonly band: SelectionBand }) {
  const t = useT();
  return (
    <Tag color={SELECTION_COLORS[band]} data-testid="jpm-selection-band">
      {t(`enum.SelectionBand.${band}`)}
    </Tag>
  );
}

export function KindTag({ kind }: { readonly kind: CompetencyKind }) {
  const t = useT();
  return <Tag color={KIND_COLORS[kind]}>{t(`enum.CompetencyKind.${kind}`)}</Tag>;
}

/** A competency as its code, with its name beside it or in a tooltip. */
export function CompetencyLabel({
  competency,
  compact = false,
}: {
  readonly competency: { readonly code: string; readonly name: string };
  readonly compact?: boolean;
}) {
  if (compact) {
    return (
      <Tooltip title={competency.name}>
        <Typography.Text code style={{ whiteSpace: "nowrap" }}>
          {competency.code}
        </Typography.Text>
      </Tooltip>
    );
  }
  return (
    <span>
      <Typography.Text code style={{ whiteSpace: "nowrap" }}>
        {competency.code}
      </Typography.Text>{" "}
      {competency.name}
    </span>
  );
}
