import { useQuery } from "@apollo/client/react";
import { Empty, List, Modal, Space, Spin, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { formatRupiah } from "@bina/domain";
import { SpendingHistoriesDocument, type SpendingItemFragment } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { ApiErrorAlert } from "../../../ui/api-error-alert";

const KIND_COLOR = { CREATED: "blue", EDITED: "gold", CANCELLED: "red" } as const;

interface SpendingHistoryModalProps {
  readonly spending: SpendingItemFragment;
  /** The variables of the page the entry is listed on: its history comes with that page's. */
  readonly page: { readonly id: string; readonly first: number; readonly after: string | null; readonly includeCancelled: boolean };
  readonly onClose: () => void;
}

/** The history of a spending entry (recorded, each edit with the amount before and after, cancelled with the reason), oldest first. */
export function SpendingHistoryModal({ spending, page, onClose }: SpendingHistoryModalProps) {
  const t = useT();
  const { data, loading, error } = useQuery(SpendingHistoriesDocument, { variables: page, fetchPolicy: "network-only" });
  const events = data?.budgetLine?.spendings.edges.find((e) => e.node.id === spending.id)?.node.history ?? [];
  const dateTime = (iso: string) => dayjs(iso).format(t("format.dateTime"));
  return (
    <Modal open title={t("budget.history.title", { document: spending.documentNumber })} onCancel={onClose} footer={null} width={640}>
      <ApiErrorAlert error={error} />
      {loading && !data ? (
        <Spin description={t("common.loading")} />
      ) : events.length === 0 ? (
        <Empty description={t("budget.history.none")} />
      ) : (
        <List
          size="small"
          data-testid="spending-history"
          dataSource={[...events]}
          renderItem={(event) => (
            <List.Item data-testid="spending-history-event" data-kind={event.kind}>
              <Space orientation="vertical" size={2}>
                <Space size="small" wrap>
                  <Tag color={KIND_COLOR[event.kind]}>{t(`enum.SpendingEventKind.${event.kind}`)}</Tag>
                  <Typography.Text>{dateTime(event.at)}</Typography.Text>
                  {event.actorName && <Typography.Text type="secondary">{t("budget.history.by", { name: event.actorName })}</Typography.Text>}
                </Space>
                {event.amountBefore !== null && event.amountAfter !== null && event.amountBefore !== event.amountAfter ? (
                  <Typography.Text data-testid="spending-history-amount">
                    {t("budget.history.amountChanged", { before: formatRupiah(event.amountBefore), after: formatRupiah(event.amountAfter) })}
                  </Typography.Text>
                ) : event.amountAfter !== null ? (
                  <Typography.Text data-testid="spending-history-amount">{t("budget.history.amount", { amount: formatRupiah(event.amountAfter) })}</Typography.Text>
                ) : null}
                {event.note && <Typography.Text style={{ whiteSpace: "pre-line" }}>{event.note}</Typography.Text>}
              </Space>
            </List.Item>
          )}
        />
      )}
    </Modal>
  );
}
