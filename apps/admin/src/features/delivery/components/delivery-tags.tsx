import { Tag } from "antd";
import type { DeliveryState, NominationState } from "@bina/domain";
import { useT } from "../../../i18n/i18n-context";
import { DELIVERY_STATE_COLORS, NOMINATION_STATE_COLORS } from "../lib/delivery-rules";

/** A programme's or batch's status. */
export function DeliveryStateTag({ status, testId = "delivery-status" }: { readonly status: DeliveryState; readonly testId?: string }) {
  const t = useT();
  return (
    <Tag color={DELIVERY_STATE_COLORS[status]} data-testid={testId}>
      {t(`enum.DeliveryState.${status}`)}
    </Tag>
  );
}

/** A nomination's status. */
export function NominationStateTag({ status }: { readonly status: NominationState }) {
  const t = useT();
  return (
    <Tag color={NOMINATION_STATE_COLORS[status]} data-testid="nomination-status">
      {t(`enum.NominationStatus.${status}`)}
    </Tag>
  );
}
