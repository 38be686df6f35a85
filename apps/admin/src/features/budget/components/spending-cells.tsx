import { Space, Typography } from "antd";
import { formatRupiah } from "@bina/domain";
import type { SpendingStatus } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";

interface SpendingCellProps {
  readonly spending: { readonly status: SpendingStatus; readonly amount: number; readonly description: string; readonly cancelReason?: string | null };
}

/** A spending's amount in rupiah, struck through (and greyed) once cancelled; `data-amount` carries the exact amount. */
export function SpendingAmountCell({ spending }: SpendingCellProps) {
  const cancelled = spending.status === "CANCELLED";
  return (
    <Typography.Text
      strong={!cancelled}
      type={cancelled ? "secondary" : undefined}
      delete={cancelled}
      data-testid="spending-amount"
      data-amount={spending.amount}
      style={{ fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" }}
    >
      {formatRupiah(spending.amount)}
    </Typography.Text>
  );
}

/** A spending's description, struck through once cancelled, with the reason it was cancelled below. */
export function SpendingDescriptionCell({ spending }: SpendingCellProps) {
  const t = useT();
  const cancelled = spending.status === "CANCELLED";
  return (
    <Space orientation="vertical" size={0} style={{ maxWidth: 240 }}>
      <Typography.Text delete={cancelled} style={{ whiteSpace: "pre-line" }} data-testid="spending-description-cell">
        {spending.description}
      </Typography.Text>
      {cancelled && spending.cancelReason && (
        <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid="spending-cancel-reason-cell">
          {t("budget.spending.cancelledBecause", { reason: spending.cancelReason })}
        </Typography.Text>
      )}
    </Space>
  );
}
