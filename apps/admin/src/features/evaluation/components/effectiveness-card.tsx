import { useMemo, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Button, Card, Dropdown, Space, Table, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { DownOutlined } from "@ant-design/icons";
import { ProgrammeEffectivenessDocument, type ProgrammeEffectivenessRowFragment } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { useAuth } from "../../../session/auth-context";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { afterOf, type CursorParams } from "../../../ui/cursor-list";
import { CursorPager, useCursorList } from "../../../ui/cursor-pager";
import { useCommittedValue } from "../../../ui/use-committed-value";
import { useKeyboardScrollable } from "../../../ui/use-keyboard-scrollable";
import { useNumberFormat } from "../../../ui/use-number-format";
import { compareNullable, findingsOf, shareToPercent, type FindingSource } from "../lib/evaluation-figures";
import type { ActionDraft } from "./action-form-modal";
import { NGainTag } from "./evaluation-tags";

const PAGE_SIZE = 20;

/**
 * The year's programmes (those with a completed batch) across the four levels: reaction mean, mean N-gain with its
 * category, behaviour mean, the share of alumni whose SKP rose and the service units' IKM change. Sorted by any
 * figure on the page shown (missing figures last); a low figure can open an improvement action.
 */
export function EffectivenessCard({ year, onFinding }: { readonly year: number; readonly onFinding: (draft: ActionDraft) => void }) {
  const t = useT();
  const number = useNumberFormat();
  const scrollable = useKeyboardScrollable<HTMLDivElement>(t("common.scrollableTable"));
  const { canEdit } = useAuth();
  const [page, setPage] = useState<CursorParams>({ cursors: [] });
  const wanted = useMemo(() => ({ year, first: PAGE_SIZE, after: afterOf(page) }), [year, page]);
  const variables = useCommittedValue(wanted, JSON.stringify(wanted));
  const { data, previousData, loading, error } = useQuery(ProgrammeEffectivenessDocument, { variables, notifyOnNetworkStatusChange: true });
  const connection = (data ?? previousData)?.programmeEffectiveness;
  const list = useCursorList({ params: page, go: setPage, pageInfo: connection?.pageInfo, loading, error });
  const figure = (value: number | null, digits = 2) => (value === null ? t("common.none") : number(value, digits));

  const draftOf = (row: ProgrammeEffectivenessRowFragment, source: FindingSource): ActionDraft => {
    const value =
      source === "LOW_REACTION" ? figure(row.reactionMean) : source === "LOW_N_GAIN" ? figure(row.meanNGain) : figure(row.behaviourMean);
    return {
      source,
      programmeId: row.programme.id,
      about: row.programme.title,
      title: t(`evaluation.finding.${source}.title`, { programme: row.programme.title }).slice(0, 200),
      finding: t(`evaluation.finding.${source}.text`, { programme: row.programme.title, value, year }),
    };
  };

  const sorter = (pick: (r: ProgrammeEffectivenessRowFragment) => number | null) => ({
    sorter: (a: ProgrammeEffectivenessRowFragment, b: ProgrammeEffectivenessRowFragment, order?: "ascend" | "descend" | null) => compareNullable(pick(a), pick(b), order),
    sortDirections: ["descend", "ascend"] as ("descend" | "ascend")[],
  });

  const columns: TableColumnsType<ProgrammeEffectivenessRowFragment> = [
    {
      key: "programme",
      title: t("evaluation.col.programme"),
      sorter: (a, b) => a.programme.title.localeCompare(b.programme.title),
      render: (_, r) => (
        <Space orientation="vertical" size={0} style={{ maxWidth: 280 }}>
          <Typography.Text strong data-testid="effectiveness-programme">
            {r.programme.title}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`enum.DevelopmentKind.${r.programme.kind}`)}
          </Typography.Text>
        </Space>
      ),
    },
    { key: "batches", title: t("evaluation.col.batches"), align: "end", ...sorter((r) => r.batches), render: (_, r) => number(r.batches) },
    { key: "participants", title: t("evaluation.col.participants"), align: "end", ...sorter((r) => r.participants), render: (_, r) => number(r.participants) },
    {
      key: "reaction",
      title: t("evaluation.col.reaction"),
      align: "end",
      ...sorter((r) => r.reactionMean),
      render: (_, r) => <span data-testid="effectiveness-reaction">{figure(r.reactionMean)}</span>,
    },
    {
      key: "nGain",
      title: t("evaluation.col.nGain"),
      ...sorter((r) => r.meanNGain),
      render: (_, r) => (
        <Space size={4}>
          <span data-testid="effectiveness-n-gain">{figure(r.meanNGain)}</span>
          {r.nGainCategory && <NGainTag category={r.nGainCategory} />}
        </Space>
      ),
    },
    { key: "behaviour", title: t("evaluation.col.behaviour"), align: "end", ...sorter((r) => r.behaviourMean), render: (_, r) => figure(r.behaviourMean) },
    {
      key: "skp",
      title: t("evaluation.col.skpImproved"),
      align: "end",
      ...sorter((r) => r.skpImprovedShare),
      render: (_, r) => {
        const percent = shareToPercent(r.skpImprovedShare);
        return percent === null ? t("common.none") : t("evaluation.percent", { percent: number(percent, 1) });
      },
    },
    {
      key: "ikm",
      title: t("evaluation.col.ikmChange"),
      align: "end",
      ...sorter((r) => r.ikmChange),
      render: (_, r) => (r.ikmChange === null ? t("common.none") : `${r.ikmChange > 0 ? "+" : ""}${number(r.ikmChange, 2)}`),
    },
    ...(canEdit
      ? [
          {
            key: "findings",
            title: t("evaluation.col.findings"),
            render: (_: unknown, r: ProgrammeEffectivenessRowFragment) => {
              const findings = findingsOf(r);
              if (findings.length === 0) return <Typography.Text type="secondary">{t("evaluation.finding.none")}</Typography.Text>;
              return (
                <Dropdown
                  trigger={["click"]}
                  menu={{
                    items: findings.map((s) => ({ key: s, label: t(`enum.ImprovementSource.${s}`), "data-testid": `finding-${s}` })),
                    onClick: ({ key }) => onFinding(draftOf(r, key as FindingSource)),
                  }}
                >
                  <Button size="small" data-testid="effectiveness-open-action">
                    {t("evaluation.finding.open", { count: findings.length })} <DownOutlined />
                  </Button>
                </Dropdown>
              );
            },
          },
        ]
      : []),
  ];

  return (
    <Card title={t("evaluation.effectiveness.title", { year })} data-testid="effectiveness-card">
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <Typography.Text type="secondary">{t("evaluation.effectiveness.hint")}</Typography.Text>
        <ApiErrorAlert error={error} testId="effectiveness-error" />
        <div ref={scrollable}>
          <Table<ProgrammeEffectivenessRowFragment>
            data-testid="effectiveness-table"
            rowKey={(r) => r.programme.id}
            size="small"
            columns={columns}
            dataSource={connection?.edges.map((e) => e.node) ?? []}
            loading={loading}
            pagination={false}
            scroll={{ x: "max-content" }}
            showSorterTooltip={false}
            locale={{ emptyText: t("evaluation.effectiveness.none", { year }) }}
          />
        </div>
        <CursorPager
          testIdPrefix="effectiveness"
          list={list}
          total={connection ? t("evaluation.effectiveness.total", { count: connection.totalCount }) : ""}
        />
      </Space>
    </Card>
  );
}
