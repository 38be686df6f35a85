import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { App, Button, Drawer, Flex, Popconfirm, Space, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { DeleteOutlined, EditOutlined, PlusOutlined } from "@ant-design/icons";
import {
  CompetencyStandardsDocument,
  DeleteCompetencyStandardDocument,
  type CompetencyItemFragment,
  type StandardItemFragment,
} from "../../../gql/graphql";
import { errorMessage } from "../../../i18n/errors";
import { useT } from "../../../i18n/i18n-context";
import { apiErrorFacts } from "../../../ui/api-error";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { useCommittedValue } from "../../../ui/use-committed-value";
import { evictStandards } from "./evict-needs";
import { levelLabel } from "./needs-enum-options";
import { KindTag } from "./needs-tags";
import { StandardFormModal } from "./standard-form-modal";

interface StandardsDrawerProps {
  readonly competency: CompetencyItemFragment;
  readonly canEdit: boolean;
  readonly onClose: () => void;
}

/** The standards of one competency: which position needs which level; administrators add, change and delete them. */
export function StandardsDrawer({ competency, canEdit, onClose }: StandardsDrawerProps) {
  const t = useT();
  const { message } = App.useApp();
  const variables = useCommittedValue({ competencyId: competency.id }, competency.id);
  const { data, loading, error } = useQuery(CompetencyStandardsDocument, { variables });
  const [remove] = useMutation(DeleteCompetencyStandardDocument, { update: evictStandards });
  const [editing, setEditing] = useState<StandardItemFragment | "new" | null>(null);

  const onDelete = async (standard: StandardItemFragment) => {
    const result = await remove({ variables: { id: standard.id } }).catch((e: unknown) => {
      void message.error(errorMessage(t, apiErrorFacts(e)[0] ?? { message: "" }));
      return null;
    });
    if (result?.data) void message.success(t("standards.deleted"));
  };

  const columns: TableColumnsType<StandardItemFragment> = [
    { key: "positionKind", title: t("standards.field.positionKind"), render: (_, s) => t(`enum.PositionKind.${s.positionKind}`) },
    {
      key: "functionalGrade",
      title: t("standards.field.functionalGrade"),
      render: (_, s) => (s.functionalGrade ? t(`enum.FunctionalGrade.${s.functionalGrade}`) : <Typography.Text type="secondary">{t("standards.any")}</Typography.Text>),
    },
    {
      key: "positionTitle",
      title: t("standards.field.positionTitle"),
      render: (_, s) => s.positionTitle ?? <Typography.Text type="secondary">{t("standards.any")}</Typography.Text>,
    },
    { key: "level", title: t("standards.field.level"), render: (_, s) => <span data-testid="standard-level">{levelLabel(s.level)}</span> },
    {
      key: "mandatory",
      title: t("standards.field.mandatoryProgramme"),
      render: (_, s) => (s.mandatoryProgramme ? <Tag color="red">{t("common.yes")}</Tag> : <Tag>{t("common.no")}</Tag>),
    },
    ...(canEdit
      ? [
          {
            key: "actions",
            title: t("common.actions"),
            render: (_: unknown, s: StandardItemFragment) => (
              <Space size="small">
                <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(s)} data-testid="standard-edit" aria-label={t("common.edit")} />
                <Popconfirm
                  title={t("standards.deleteConfirm")}
                  okText={t("common.delete")}
                  cancelText={t("common.cancel")}
                  okButtonProps={{ danger: true, "data-testid": "standard-delete-confirm" }}
                  onConfirm={() => onDelete(s)}
                >
                  <Button size="small" danger icon={<DeleteOutlined />} data-testid="standard-delete" aria-label={t("common.delete")} />
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <Drawer
      open
      size={760}
      onClose={onClose}
      title={
        <Space wrap>
          <Typography.Text code>{competency.code}</Typography.Text>
          <span>{competency.name}</span>
          <KindTag kind={competency.kind} />
        </Space>
      }
      data-testid="standards-drawer"
    >
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        {competency.description && <Typography.Paragraph type="secondary">{competency.description}</Typography.Paragraph>}
        <Flex justify="space-between" align="center" wrap gap="small">
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t("standards.title")}
          </Typography.Title>
          {canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")} data-testid="standard-new">
              {t("standards.new")}
            </Button>
          )}
        </Flex>
        <Typography.Text type="secondary">{t("standards.hint")}</Typography.Text>
        <ApiErrorAlert error={error} />
        <Table<StandardItemFragment>
          data-testid="standards-table"
          rowKey="id"
          size="small"
          loading={loading}
          columns={columns}
          dataSource={data?.competencyStandards ?? []}
          pagination={false}
          scroll={{ x: "max-content" }}
        />
      </Space>
      {editing !== null && (
        <StandardFormModal competencyId={competency.id} standard={editing === "new" ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Drawer>
  );
}
