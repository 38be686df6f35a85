import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { App, Button, Card, Descriptions, Flex, Popconfirm, Result, Skeleton, Space, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { ArrowLeftOutlined, BarChartOutlined, DeleteOutlined, EditOutlined, EnvironmentOutlined, PlusOutlined } from "@ant-design/icons";
import type { DeliveryState } from "@bina/domain";
import dayjs from "dayjs";
import { Link, useParams } from "react-router-dom";
import { DeliveryBatchDocument, MoveBatchDocument, RemoveSessionDocument, type SessionItemFragment } from "../../../gql/graphql";
import { errorMessage } from "../../../i18n/errors";
import { useT } from "../../../i18n/i18n-context";
import { useKeyboardScrollable } from "../../../ui/use-keyboard-scrollable";
import { useAuth } from "../../../session/auth-context";
import { apiErrorFacts } from "../../../ui/api-error";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { formatRupiah } from "../../../ui/format-rupiah";
import { BatchFormModal } from "../components/batch-form-modal";
import { DeliveryStateTag } from "../components/delivery-tags";
import { evictProgrammes } from "../components/evict-delivery";
import { NominationsCard } from "../components/nominations-card";
import { ParticipantsCard } from "../components/participants-card";
import { QuotasModal } from "../components/quotas-modal";
import { SessionFormModal } from "../components/session-form-modal";
import { hhmm } from "../lib/calendar";
import { batchMoves, sessionsOpen } from "../lib/delivery-rules";

/**
 * One batch (`/delivery/batches/:id`): its details and status moves, sessions with their speakers, unit quotas,
 * nominations, and once it runs the participants' attendance, scores, completion and certificates.
 */
export default function BatchPage() {
  const t = useT();
  const scrollable = useKeyboardScrollable<HTMLDivElement>(t("common.scrollableTable"));
  const { message } = App.useApp();
  const { id = "" } = useParams();
  const { isAdmin } = useAuth();
  const { data, loading, error } = useQuery(DeliveryBatchDocument, { variables: { id } });
  const [move, moving] = useMutation(MoveBatchDocument, { update: evictProgrammes });
  const [remove] = useMutation(RemoveSessionDocument, { update: evictProgrammes });
  const [editing, setEditing] = useState(false);
  const [editingQuotas, setEditingQuotas] = useState(false);
  const [session, setSession] = useState<SessionItemFragment | "new" | null>(null);
  const batch = data?.batch;
  const date = (iso: string) => dayjs(iso).format(t("format.date"));
  const fail = (e: unknown) => void message.error(errorMessage(t, apiErrorFacts(e)[0] ?? { message: "" }));

  if (loading && !batch) return <Skeleton active />;
  if (!batch) {
    return (
      <Space orientation="vertical" style={{ width: "100%" }}>
        <ApiErrorAlert error={error} />
        {!error && <Result status="404" title={t("delivery.batch.notFound")} extra={<Link to="/delivery">{t("delivery.batch.backToCatalogue")}</Link>} />}
      </Space>
    );
  }

  const moveTo = async (status: DeliveryState) => {
    try {
      await move({ variables: { input: { id: batch.id, version: batch.version, status } } });
      void message.success(t("delivery.batch.moved", { status: t(`enum.DeliveryState.${status}`) }));
    } catch (e) {
      fail(e);
    }
  };

  const canChangeSessions = isAdmin && sessionsOpen(batch.status);
  const sessionColumns: TableColumnsType<SessionItemFragment> = [
    { key: "date", title: t("delivery.session.field.date"), render: (_, s) => date(s.date) },
    { key: "time", title: t("delivery.session.time"), render: (_, s) => `${hhmm(s.start)}–${hhmm(s.end)}` },
    { key: "topic", title: t("delivery.session.field.topic"), render: (_, s) => <span data-testid="session-topic-cell">{s.topic}</span> },
    {
      key: "speaker",
      title: t("delivery.session.field.speaker"),
      render: (_, s) =>
        s.speaker ? (
          <Space orientation="vertical" size={0}>
            <Typography.Text strong>{s.speaker.name}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {s.speaker.institution}
            </Typography.Text>
            <Tag icon={<EnvironmentOutlined />} color="geekblue" data-testid="session-speaker-city">
              {s.speaker.originCity}
            </Tag>
          </Space>
        ) : (
          t("common.none")
        ),
    },
    { key: "role", title: t("delivery.session.field.role"), render: (_, s) => t(`enum.SessionRole.${s.role}`) },
    { key: "jp", title: t("delivery.session.field.jp"), align: "end", dataIndex: "jp" },
    { key: "fee", title: t("delivery.session.field.fee"), align: "end", render: (_, s) => (s.fee === null || s.fee === undefined ? t("common.none") : formatRupiah(s.fee)) },
    { key: "venue", title: t("delivery.session.field.venue"), render: (_, s) => s.venue ?? t("common.none") },
    ...(canChangeSessions
      ? [
          {
            key: "actions",
            title: t("common.actions"),
            render: (_: unknown, s: SessionItemFragment) => (
              <Space size="small">
                <Button size="small" icon={<EditOutlined />} aria-label={t("delivery.session.edit", { topic: s.topic })} onClick={() => setSession(s)} data-testid="session-edit" />
                <Popconfirm
                  title={t("delivery.session.removeConfirm")}
                  okText={t("common.delete")}
                  cancelText={t("common.cancel")}
                  onConfirm={() => remove({ variables: { id: s.id, version: s.version } }).then(() => undefined, fail)}
                >
                  <Button size="small" danger icon={<DeleteOutlined />} aria-label={t("delivery.session.remove", { topic: s.topic })} data-testid="session-remove" />
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  const moves = isAdmin ? batchMoves(batch.status) : [];
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="batch-page" data-batch-id={batch.id}>
      <Link to={`/delivery?year=${batch.programme.year}`}>
        <ArrowLeftOutlined /> {t("delivery.batch.backToCatalogue")}
      </Link>
      <Flex justify="space-between" align="center" wrap gap="small">
        <Space orientation="vertical" size={0}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="batch-title">
            {batch.name}
          </Typography.Title>
          <Typography.Text type="secondary" data-testid="batch-programme">
            {batch.programme.title} · {t(`enum.DevelopmentKind.${batch.programme.kind}`)}
          </Typography.Text>
        </Space>
        <Space wrap>
          <DeliveryStateTag status={batch.status} testId="batch-status" />
          {(batch.status === "COMPLETED" || batch.status === "EVALUATED") && (
            <Link to={`/evaluation/batches/${batch.id}`} data-testid="batch-evaluation-link">
              <BarChartOutlined /> {t("delivery.batch.evaluation")}
            </Link>
          )}
          {moves.map((s) => (
            <Button key={s} danger={s === "CANCELLED"} loading={moving.loading} onClick={() => void moveTo(s)} data-testid={`batch-move-${s}`}>
              {t(`delivery.moveTo.${s}`)}
            </Button>
          ))}
          {isAdmin && sessionsOpen(batch.status) && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="batch-edit">
              {t("common.edit")}
            </Button>
          )}
        </Space>
      </Flex>
      <Card>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} data-testid="batch-details">
          <Descriptions.Item label={t("delivery.batch.dates")}>
            {date(batch.startsOn)} – {date(batch.endsOn)}
          </Descriptions.Item>
          <Descriptions.Item label={t("delivery.batch.field.capacity")}>{batch.capacity}</Descriptions.Item>
          <Descriptions.Item label={t("delivery.batch.creditedJp")}>
            <span data-testid="batch-credited-jp">{batch.creditedJp}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t("delivery.batch.field.venue")}>{batch.venue ?? t("common.none")}</Descriptions.Item>
          <Descriptions.Item label={t("delivery.batch.field.onlineUrl")}>
            {batch.onlineUrl ? (
              <Typography.Link href={batch.onlineUrl} target="_blank" rel="noreferrer">
                {batch.onlineUrl}
              </Typography.Link>
            ) : (
              t("common.none")
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t("delivery.batch.field.minAttendance")}>
            {typeof batch.minAttendanceShare === "number" ? `${Math.round(batch.minAttendanceShare * 1000) / 10}%` : t("delivery.batch.defaultAttendance")}
          </Descriptions.Item>
          <Descriptions.Item label={t("delivery.batch.field.passMark")}>{batch.passMark ?? t("common.none")}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        title={t("delivery.session.title")}
        data-testid="sessions-card"
        extra={
          canChangeSessions && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setSession("new")} data-testid="session-new">
              {t("delivery.session.new")}
            </Button>
          )
        }
      >
        <div ref={scrollable}>
          <Table<SessionItemFragment>
            data-testid="sessions-table"
            rowKey="id"
            size="small"
            columns={sessionColumns}
            dataSource={batch.sessions}
            pagination={false}
            scroll={{ x: "max-content" }}
            locale={{ emptyText: t("delivery.session.none") }}
          />
        </div>
      </Card>
      <Card
        title={t("delivery.quota.title")}
        data-testid="quotas-card"
        extra={
          isAdmin &&
          sessionsOpen(batch.status) && (
            <Button icon={<EditOutlined />} onClick={() => setEditingQuotas(true)} data-testid="quotas-edit">
              {t("common.edit")}
            </Button>
          )
        }
      >
        {batch.quotas.length === 0 ? (
          <Typography.Text type="secondary">{t("delivery.quota.none")}</Typography.Text>
        ) : (
          <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
            {batch.quotas.map((q) => (
              <Descriptions.Item key={q.unit.id} label={q.unit.name}>
                {t("delivery.quota.line", { taken: q.seatsTaken, seats: q.seats })}
              </Descriptions.Item>
            ))}
          </Descriptions>
        )}
      </Card>
      <NominationsCard batch={batch} />
      {["RUNNING", "COMPLETED", "EVALUATED"].includes(batch.status) && <ParticipantsCard batch={batch} canAct={isAdmin} />}
      {editing && <BatchFormModal batch={batch} onClose={() => setEditing(false)} />}
      {editingQuotas && <QuotasModal batch={batch} onClose={() => setEditingQuotas(false)} />}
      {session !== null && <SessionFormModal batch={batch} session={session === "new" ? null : session} onClose={() => setSession(null)} />}
    </Space>
  );
}
