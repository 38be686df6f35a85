import type { ReactNode } from "react";
import { Empty, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { COMPETENCY_KINDS } from "@bina/domain";
import type { CompetencyKind } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { levelLabel } from "./needs-enum-options";
import { CompetencyLabel, KindTag } from "./needs-tags";

/** One competency of a position's standards against what the employee was assessed at. */
export interface GapRow {
  readonly competency: { readonly id: string; readonly code: string; readonly kind: CompetencyKind; readonly name: string };
  readonly standard: number;
  readonly actual?: number | null;
  readonly gap?: number | null;
  readonly isNeed: boolean;
}

interface GapsTableProps<G extends GapRow> {
  readonly gaps: readonly G[];
  readonly testId: string;
  /** An action per row (e.g. "record an assessment"), in a last column. */
  readonly action?: (gap: G) => ReactNode;
  readonly actionTitle?: string;
}

const kindOrder = (kind: string) => (COMPETENCY_KINDS as readonly string[]).indexOf(kind);

/** Gaps against a position's standards, by kind then code; a need (gap below standard) is highlighted. */
export function GapsTable<G extends GapRow>({ gaps, testId, action, actionTitle }: GapsTableProps<G>) {
  const t = useT();
  const sorted = [...gaps].sort((a, b) => kindOrder(a.competency.kind) - kindOrder(b.competency.kind) || a.competency.code.localeCompare(b.competency.code));
  const columns: TableColumnsType<G> = [
    { key: "competency", title: t("needs.priorities.competency"), render: (_, g) => <CompetencyLabel competency={g.competency} /> },
    { key: "kind", title: t("competencies.field.kind"), render: (_, g) => <KindTag kind={g.competency.kind} /> },
    { key: "standard", title: t("needs.gap.standard"), render: (_, g) => levelLabel(g.standard) },
    {
      key: "actual",
      title: t("needs.gap.actual"),
      render: (_, g) => (g.actual === null || g.actual === undefined ? <Typography.Text type="secondary">{t("needs.gap.notAssessed")}</Typography.Text> : levelLabel(g.actual)),
    },
    {
      key: "gap",
      title: t("needs.gap.gap"),
      align: "center",
      render: (_, g) =>
        g.gap === null || g.gap === undefined ? (
          <Typography.Text type="secondary">{t("common.none")}</Typography.Text>
        ) : (
          <Tag color={g.isNeed ? "red" : "green"} data-testid={g.isNeed ? "gap-need" : "gap-met"}>
            {g.gap > 0 ? `+${g.gap}` : g.gap}
          </Tag>
        ),
    },
    ...(action ? [{ key: "actions", title: actionTitle ?? t("common.actions"), render: (_: unknown, g: G) => action(g) }] : []),
  ];
  return (
    <Table<G>
      data-testid={testId}
      rowKey={(g) => g.competency.id}
      size="small"
      columns={columns}
      dataSource={sorted}
      pagination={false}
      scroll={{ x: "max-content" }}
      onRow={(g) => ({ style: g.isNeed ? { background: "#fff1f0" } : undefined })}
      locale={{ emptyText: <Empty description={t("needs.gap.empty")} /> }}
    />
  );
}
