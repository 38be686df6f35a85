import { useMutation } from "@apollo/client/react";
import { App, Button, Popconfirm, Space, Table, Tag, Tooltip, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { DeleteOutlined, EditOutlined } from "@ant-design/icons";
import { DeleteCandidateDocument, type CandidateItemFragment } from "../../../gql/graphql";
import { errorMessage } from "../../../i18n/errors";
import { useT } from "../../../i18n/i18n-context";
import { apiErrorFacts } from "../../../ui/api-error";
import { formatRupiah } from "../../../ui/format-rupiah";
import { useNumberFormat } from "../../../ui/use-number-format";
import { CompetencyLabel } from "../../needs";
import { evictCandidates } from "./evict-planning";

interface CandidatesTableProps {
  readonly candidates: readonly CandidateItemFragment[];
  /** All the year's candidates, when more than the loaded page. */
  readonly totalCount: number;
  readonly loading: boolean;
  readonly canEdit: boolean;
  readonly onEdit: (candidate: CandidateItemFragment) => void;
}

/** The programmes the year's plan can choose from, with their cost and what funding them is worth. */
export function CandidatesTable({ candidates, totalCount, loading, canEdit, onEdit }: CandidatesTableProps) {
  const t = useT();
  const num = useNumberFormat();
  const { message } = App.useApp();
  const [remove] = useMutation(DeleteCandidateDocument, { update: evictCandidates });

  const onDelete = async (c: CandidateItemFragment) => {
    const result = await remove({ variables: { id: c.id } }).catch((e: unknown) => {
      void message.error(errorMessage(t, apiErrorFacts(e)[0] ?? { message: "" }));
      return null;
    });
    if (result?.data) void message.success(t("candidates.deleted", { title: c.title }));
  };

  const columns: TableColumnsType<CandidateItemFragment> = [
    {
      key: "title",
      title: t("candidates.field.title"),
      render: (_, c) => (
        <Space size="small" wrap>
          <Typography.Text strong data-testid="candidate-title">
            {c.title}
          </Typography.Text>
          {c.mandatory && (
            <Tag color="red" data-testid="candidate-mandatory">
              {t("candidates.mandatory")}
            </Tag>
          )}
          {c.proposal && (
            <Tooltip title={t("candidates.fromProposalOf", { unit: c.proposal.unit.name, title: c.proposal.title })}>
              <Tag color="purple" data-testid="candidate-from-proposal">
                {t("candidates.fromProposal")}
              </Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    {
      key: "competencies",
      title: t("candidates.field.competencies"),
      render: (_, c) => (
        <Space size={4} wrap style={{ maxWidth: 260 }}>
          {c.competencies.map((k) => (
            <CompetencyLabel key={k.id} competency={k} compact />
          ))}
        </Space>
      ),
    },
    { key: "participants", title: t("candidates.field.participants"), dataIndex: "participants", align: "end" },
    { key: "jp", title: t("candidates.field.jp"), dataIndex: "jp", align: "end" },
    {
      key: "cost",
      title: t("candidates.field.cost"),
      align: "end",
      render: (_, c) => <span style={{ whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" }}>{formatRupiah(c.cost)}</span>,
    },
    {
      key: "perJp",
      title: t("candidates.field.costPerParticipantJp"),
      align: "end",
      render: (_, c) => <span style={{ whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" }}>{formatRupiah(c.costPerParticipantJp)}</span>,
    },
    {
      key: "value",
      title: t("candidates.field.value"),
      align: "end",
      render: (_, c) => <span data-testid="candidate-value">{num(c.value, 2)}</span>,
    },
    ...(canEdit
      ? [
          {
            key: "actions",
            title: t("common.actions"),
            render: (_: unknown, c: CandidateItemFragment) => (
              <Space size="small">
                <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(c)} data-testid="candidate-edit" aria-label={t("common.edit")} />
                <Popconfirm
                  title={t("candidates.deleteConfirm", { title: c.title })}
                  okText={t("common.delete")}
                  cancelText={t("common.cancel")}
                  okButtonProps={{ danger: true, "data-testid": "candidate-delete-confirm" }}
                  onConfirm={() => onDelete(c)}
                >
                  <Button size="small" danger icon={<DeleteOutlined />} data-testid="candidate-delete" aria-label={t("common.delete")} />
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  const totalCost = candidates.reduce((sum, c) => sum + c.cost, 0);
  const mandatoryCost = candidates.reduce((sum, c) => (c.mandatory ? sum + c.cost : sum), 0);

  return (
    <Table<CandidateItemFragment>
      data-testid="candidates-table"
      rowKey="id"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={[...candidates]}
      pagination={false}
      // Dozens of candidates: scroll inside the card, so the run and its result stay near.
      scroll={{ x: "max-content", y: candidates.length > 10 ? 440 : undefined }}
      footer={() => (
        <Space wrap size="large" data-testid="candidates-totals">
          <span>{t("candidates.count", { count: totalCount })}</span>
          {totalCount > candidates.length && (
            <Typography.Text type="warning" data-testid="candidates-more">
              {t("candidates.more", { shown: candidates.length })}
            </Typography.Text>
          )}
          <span>{t("candidates.totalCost", { amount: formatRupiah(totalCost) })}</span>
          <span>{t("candidates.mandatoryCost", { amount: formatRupiah(mandatoryCost) })}</span>
        </Space>
      )}
    />
  );
}
