import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { App, Button, Card, Space, Table, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { CheckOutlined, CloseOutlined, RollbackOutlined, UserAddOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import { BatchNominationsDocument, CancelNominationDocument, DecideNominationDocument, type BatchDetailFragment, type NominationItemFragment } from "../../../gql/graphql";
import { errorMessage } from "../../../i18n/errors";
import { useT } from "../../../i18n/i18n-context";
import { useKeyboardScrollable } from "../../../ui/use-keyboard-scrollable";
import { useAuth } from "../../../session/auth-context";
import { apiErrorFacts } from "../../../ui/api-error";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { nominationDecisions, takesNominations } from "../lib/delivery-rules";
import { NominationStateTag } from "./delivery-tags";
import { evictNominations } from "./evict-delivery";
import { NominateModal } from "./nominate-modal";
import { ReasonModal } from "./reason-modal";
import { PersonCell } from "../../../ui/person-cell";

/** Nominations one view lists (a batch's capacity and waitlist stay well below). */
const PAGE = 100;

/**
 * A batch's nominations in request order (the waitlist's order): operators nominate their own staff and cancel them;
 * administrators approve or reject. An operator sees its own units' nominees only (the API's scope).
 */
export function NominationsCard({ batch }: { readonly batch: BatchDetailFragment }) {
  const t = useT();
  const scrollable = useKeyboardScrollable<HTMLDivElement>(t("common.scrollableTable"));
  const { message } = App.useApp();
  const { canEdit, isAdmin } = useAuth();
  const { data, loading, error } = useQuery(BatchNominationsDocument, { variables: { batchId: batch.id, first: PAGE } });
  const [decide, deciding] = useMutation(DecideNominationDocument, { update: evictNominations });
  const [cancel, cancelling] = useMutation(CancelNominationDocument, { update: evictNominations });
  const [nominating, setNominating] = useState(false);
  const [rejecting, setRejecting] = useState<NominationItemFragment | null>(null);
  const [withdrawing, setWithdrawing] = useState<NominationItemFragment | null>(null);
  const open = takesNominations(batch.status);

  const promotedNote = (promoted: { employee: { name: string } } | null | undefined) => {
    if (promoted) void message.info(t("delivery.nomination.promoted", { name: promoted.employee.name }));
  };

  const approve = async (n: NominationItemFragment) => {
    try {
      await decide({ variables: { input: { id: n.id, version: n.version, decision: "APPROVE" } } });
      void message.success(t("delivery.nomination.approved", { name: n.employee.name }));
    } catch (e) {
      void message.error(errorMessage(t, apiErrorFacts(e)[0] ?? { message: "" }));
    }
  };

  const columns: TableColumnsType<NominationItemFragment> = [
    {
      key: "employee",
      title: t("delivery.nomination.employee"),
      render: (_, n) => <PersonCell employee={n.employee} testId="nomination-name" />,
    },
    { key: "unit", title: t("delivery.nomination.unit"), render: (_, n) => n.unit.name },
    { key: "requestedAt", title: t("delivery.nomination.requestedAt"), render: (_, n) => dayjs(n.requestedAt).format(t("format.dateTime")) },
    {
      key: "status",
      title: t("delivery.field.status"),
      render: (_, n) => (
        <Space orientation="vertical" size={0}>
          <NominationStateTag status={n.status} />
          {n.reason && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {n.reason}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    ...(canEdit
      ? [
          {
            key: "actions",
            title: t("common.actions"),
            render: (_: unknown, n: NominationItemFragment) => {
              const may = nominationDecisions(n.status);
              if (!open) return null;
              return (
                <Space size="small" wrap>
                  {isAdmin && may.approve && (
                    <Button size="small" type="primary" icon={<CheckOutlined />} loading={deciding.loading} onClick={() => void approve(n)} data-testid="nomination-approve">
                      {t("delivery.nomination.approve")}
                    </Button>
                  )}
                  {isAdmin && may.reject && (
                    <Button size="small" danger icon={<CloseOutlined />} onClick={() => setRejecting(n)} data-testid="nomination-reject">
                      {t("delivery.nomination.reject")}
                    </Button>
                  )}
                  {may.cancel && (
                    <Button size="small" icon={<RollbackOutlined />} onClick={() => setWithdrawing(n)} data-testid="nomination-cancel">
                      {t("delivery.nomination.cancel")}
                    </Button>
                  )}
                </Space>
              );
            },
          },
        ]
      : []),
  ];

  return (
    <Card
      title={t("delivery.nomination.title")}
      data-testid="nominations-card"
      extra={
        canEdit &&
        open && (
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setNominating(true)} data-testid="nominate-open">
            {t("delivery.nomination.nominate")}
          </Button>
        )
      }
    >
      <Space orientation="vertical" size="small" style={{ width: "100%" }}>
        <Typography.Text data-testid="batch-seats">
          {t("delivery.batch.seatsLine", { taken: batch.seats.taken, capacity: batch.capacity, free: batch.seats.free, waitlisted: batch.seats.waitlisted })}
        </Typography.Text>
        {!open && <Typography.Text type="secondary">{t("delivery.nomination.closed")}</Typography.Text>}
        <ApiErrorAlert error={error} />
        <div ref={scrollable}>
          <Table<NominationItemFragment>
            data-testid="nominations-table"
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={data?.nominations.edges.map((e) => e.node) ?? []}
            loading={loading}
            pagination={false}
            scroll={{ x: "max-content" }}
            locale={{ emptyText: t("delivery.nomination.none") }}
          />
        </div>
      </Space>
      {nominating && <NominateModal batch={batch} onClose={() => setNominating(false)} />}
      {rejecting && (
        <ReasonModal
          title={t("delivery.nomination.rejectTitle", { name: rejecting.employee.name })}
          okText={t("delivery.nomination.reject")}
          label={t("delivery.nomination.reason")}
          required={false}
          testIdPrefix="reject"
          loading={deciding.loading}
          submit={async (reason) => {
            const r = await decide({ variables: { input: { id: rejecting.id, version: rejecting.version, decision: "REJECT", reason } } });
            promotedNote(r.data?.decideNomination.promoted);
            setRejecting(null);
          }}
          onClose={() => setRejecting(null)}
        />
      )}
      {withdrawing && (
        <ReasonModal
          title={t("delivery.nomination.cancelTitle", { name: withdrawing.employee.name })}
          okText={t("delivery.nomination.cancel")}
          label={t("delivery.nomination.reason")}
          required={false}
          testIdPrefix="withdraw"
          loading={cancelling.loading}
          submit={async (reason) => {
            const r = await cancel({ variables: { input: { id: withdrawing.id, version: withdrawing.version, reason } } });
            promotedNote(r.data?.cancelNomination.promoted);
            setWithdrawing(null);
          }}
          onClose={() => setWithdrawing(null)}
        />
      )}
    </Card>
  );
}
