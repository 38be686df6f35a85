import { Tag } from "antd";
import type { JpLedgerStatus, JpWarning } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";

/** antd's preset colours whose text on their own background passes WCAG AA (orange, gold and volcano do not). */
const STATUS_COLORS: Readonly<Record<JpLedgerStatus, string>> = { MET: "green", SHORT: "red", OVER_CAP: "purple" };
const WARNING_COLORS: Readonly<Record<JpWarning, string>> = { MET: "green", ON_TRACK: "blue", AT_RISK: "red", MISSED: "magenta" };

/** A ledger's status (MET, SHORT, OVER_CAP) as a coloured tag with its words, never colour alone. */
export function LedgerStatusTag({ status, testId }: { readonly status: JpLedgerStatus; readonly testId?: string }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={testId} data-status={status}>
      {t(`enum.JpLedgerStatus.${status}`)}
    </Tag>
  );
}

/** A PNS's early warning as a tag; nothing for a PPPK (null). */
export function WarningTag({ warning, testId }: { readonly warning: JpWarning | null; readonly testId?: string }) {
  const t = useT();
  if (!warning) return null;
  return (
    <Tag color={WARNING_COLORS[warning]} data-testid={testId} data-warning={warning}>
      {t(`enum.JpWarning.${warning}`)}
    </Tag>
  );
}
