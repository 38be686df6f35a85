import { useEffect, useMemo, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Button, Card, Descriptions, Drawer, Flex, Input, Space, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { EditOutlined, EnvironmentOutlined, PlusOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import { Link, useSearchParams } from "react-router-dom";
import { DeliverySpeakersDocument, SpeakerYearDocument, type SpeakerItemFragment } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { useKeyboardScrollable } from "../../../ui/use-keyboard-scrollable";
import { useAuth } from "../../../session/auth-context";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { afterOf, readCursors, writeCursors } from "../../../ui/cursor-list";
import { CursorPager, useCursorList } from "../../../ui/cursor-pager";
import { formatRupiah } from "../../../ui/format-rupiah";
import { useCommittedValue } from "../../../ui/use-committed-value";
import { useDebouncedValue } from "../../../ui/use-debounced-value";
import { SpeakerFormModal } from "../components/speaker-form-modal";
import { hhmm } from "../lib/calendar";

const PAGE = 20;

/** The speakers registry (`/delivery/speakers?q=&after=`): name, institution and origin city; a speaker's sessions and fees of the year. */
export default function SpeakersPage() {
  const t = useT();
  const scrollable = useKeyboardScrollable<HTMLDivElement>(t("common.scrollableTable"));
  const { isAdmin } = useAuth();
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get("q") ?? "";
  const [typed, setTyped] = useState(q);
  const term = useDebouncedValue(typed.trim(), 300);
  const params = useMemo(() => ({ q, cursors: readCursors(searchParams) }), [q, searchParams]);
  const go = (next: { q: string; cursors: readonly string[] }) => {
    const query = new URLSearchParams();
    if (next.q) query.set("q", next.q);
    setSearchParams(writeCursors(query, next.cursors));
  };
  // The typed search goes into the URL once typing pauses (a single letter searches nothing yet).
  useEffect(() => {
    if (term !== q && (term.length === 0 || term.length >= 2)) go({ q: term, cursors: [] });
    // Only a new typed term moves the URL (not a URL change by the pager or the back button).
  }, [term]);

  const wanted = { filter: q ? { search: q } : null, first: PAGE, after: afterOf(params) };
  const variables = useCommittedValue(wanted, JSON.stringify(wanted));
  const { data, previousData, loading, error } = useQuery(DeliverySpeakersDocument, { variables, notifyOnNetworkStatusChange: true });
  const connection = (data ?? previousData)?.speakers;
  const list = useCursorList({ params, go, pageInfo: connection?.pageInfo, loading, error });
  const [editing, setEditing] = useState<SpeakerItemFragment | "new" | null>(null);
  const [shown, setShown] = useState<SpeakerItemFragment | null>(null);

  const columns: TableColumnsType<SpeakerItemFragment> = [
    {
      key: "name",
      title: t("delivery.speaker.field.name"),
      render: (_, s) => (
        <Button type="link" style={{ padding: 0, height: "auto" }} onClick={() => setShown(s)} data-testid="speaker-name">
          {s.name}
        </Button>
      ),
    },
    {
      key: "originCity",
      title: t("delivery.speaker.field.originCity"),
      render: (_, s) => (
        <Tag icon={<EnvironmentOutlined />} color={s.internal ? "default" : "geekblue"} data-testid="speaker-city" style={{ fontSize: 13 }}>
          {s.originCity}
        </Tag>
      ),
    },
    { key: "institution", title: t("delivery.speaker.field.institution"), dataIndex: "institution" },
    { key: "level", title: t("delivery.speaker.field.level"), render: (_, s) => t(`enum.SpeakerLevel.${s.level}`) },
    {
      key: "expertise",
      title: t("delivery.speaker.field.expertise"),
      render: (_, s) => (
        <Space size={2} wrap style={{ maxWidth: 320 }}>
          {s.expertise.map((c) => (
            <Tag key={c.id}>{c.name}</Tag>
          ))}
        </Space>
      ),
    },
    ...(isAdmin
      ? [
          {
            key: "actions",
            title: t("common.actions"),
            render: (_: unknown, s: SpeakerItemFragment) => (
              <Button size="small" icon={<EditOutlined />} aria-label={t("delivery.speaker.edit", { name: s.name })} onClick={() => setEditing(s)} data-testid="speaker-edit" />
            ),
          },
        ]
      : []),
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Text type="secondary">{t("delivery.speakers.hint")}</Typography.Text>
      <Flex justify="space-between" align="center" wrap gap="small">
        <Input.Search
          id="speaker-search"
          type="search"
          aria-label={t("delivery.speakers.search")}
          placeholder={t("delivery.speakers.search")}
          allowClear
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          style={{ width: 320, maxWidth: "100%" }}
          data-testid="speaker-search"
        />
        {isAdmin && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")} data-testid="speaker-new">
            {t("delivery.speaker.new")}
          </Button>
        )}
      </Flex>
      <ApiErrorAlert error={error} />
      <div ref={scrollable}>
        <Table<SpeakerItemFragment>
          data-testid="speakers-table"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={connection?.edges.map((e) => e.node) ?? []}
          loading={loading}
          pagination={false}
          scroll={{ x: "max-content" }}
        />
      </div>
      <CursorPager testIdPrefix="speakers" list={list} total={connection ? t("delivery.speakers.total", { count: connection.totalCount }) : ""} />
      {editing !== null && <SpeakerFormModal speaker={editing === "new" ? null : editing} onClose={() => setEditing(null)} />}
      {shown && <SpeakerYearDrawer speaker={shown} onClose={() => setShown(null)} />}
    </Space>
  );
}

/** A speaker's sessions and fees of a year (this year), with the year's totals. */
function SpeakerYearDrawer({ speaker, onClose }: { readonly speaker: SpeakerItemFragment; readonly onClose: () => void }) {
  const t = useT();
  const [year, setYear] = useState(new Date().getFullYear());
  const { data, loading, error } = useQuery(SpeakerYearDocument, { variables: { id: speaker.id, year } });
  const s = data?.speaker;
  return (
    <Drawer open onClose={onClose} title={speaker.name} size={640} data-testid="speaker-drawer">
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t("delivery.speaker.field.institution")}>{speaker.institution}</Descriptions.Item>
          <Descriptions.Item label={t("delivery.speaker.field.originCity")}>
            <Tag icon={<EnvironmentOutlined />} color="geekblue">
              {speaker.originCity}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t("delivery.speaker.field.level")}>{t(`enum.SpeakerLevel.${speaker.level}`)}</Descriptions.Item>
          {speaker.email && <Descriptions.Item label={t("delivery.speaker.field.email")}>{speaker.email}</Descriptions.Item>}
          {speaker.phone && <Descriptions.Item label={t("delivery.speaker.field.phone")}>{speaker.phone}</Descriptions.Item>}
        </Descriptions>
        <Flex align="center" gap="small">
          <Button size="small" icon={<span aria-hidden>‹</span>} aria-label={t("delivery.speaker.previousYear")} onClick={() => setYear((y) => y - 1)} />
          <Typography.Text strong>{year}</Typography.Text>
          <Button size="small" icon={<span aria-hidden>›</span>} aria-label={t("delivery.speaker.nextYear")} onClick={() => setYear((y) => y + 1)} />
        </Flex>
        <ApiErrorAlert error={error} />
        {s && (
          <Card size="small" data-testid="speaker-year">
            <Descriptions size="small" column={2}>
              <Descriptions.Item label={t("delivery.speaker.year.sessions")}>{s.yearTotals.sessions}</Descriptions.Item>
              <Descriptions.Item label={t("delivery.speaker.year.days")}>{s.yearTotals.days}</Descriptions.Item>
              <Descriptions.Item label={t("delivery.speaker.year.hours")}>{s.yearTotals.hours}</Descriptions.Item>
              <Descriptions.Item label={t("delivery.speaker.year.jp")}>{s.yearTotals.jp}</Descriptions.Item>
              <Descriptions.Item label={t("delivery.speaker.year.fees")}>
                <span data-testid="speaker-year-fees">{formatRupiah(s.yearTotals.totalFee)}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t("delivery.speaker.year.allowance")}>
                {s.yearTotals.travelsFromAnotherCity ? formatRupiah(s.yearTotals.dailyAllowanceCeiling) : t("delivery.speaker.year.localSpeaker")}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        )}
        <Table
          rowKey="id"
          size="small"
          loading={loading}
          pagination={false}
          scroll={{ x: "max-content" }}
          dataSource={s?.sessions ?? []}
          locale={{ emptyText: t("delivery.session.none") }}
          columns={[
            { key: "date", title: t("delivery.session.field.date"), render: (_, x) => `${dayjs(x.date).format(t("format.date"))} ${hhmm(x.start)}` },
            {
              key: "batch",
              title: t("delivery.speaker.batch"),
              render: (_, x) => <Link to={`/delivery/batches/${x.batch.id}`}>{`${x.batch.programme.title} · ${x.batch.name}`}</Link>,
            },
            { key: "topic", title: t("delivery.session.field.topic"), dataIndex: "topic" },
            { key: "role", title: t("delivery.session.field.role"), render: (_, x) => t(`enum.SessionRole.${x.role}`) },
            { key: "fee", title: t("delivery.session.field.fee"), align: "end", render: (_, x) => (x.fee === null || x.fee === undefined ? t("common.none") : formatRupiah(x.fee)) },
          ]}
        />
      </Space>
    </Drawer>
  );
}
