import { Table, Typography } from "antd";
import type { TableColumnsType } from "antd";
import type { PriorityFactor } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { useNumberFormat } from "../../../ui/use-number-format";

interface Part {
  readonly factor: PriorityFactor;
  readonly weight: number;
  readonly value: number;
  readonly contribution: number;
  /** Why the factor has its value, where the API says (PUBLIC_SERVICE: the weak survey elements). */
  readonly reason?: string | null;
}

/**
 * Why a need ranks where it does: each factor's weight × value = contribution, adding up to the score; a factor's
 * reason (the public survey's weak elements for PUBLIC_SERVICE) under its name.
 */
export function PriorityParts({ parts, score }: { readonly parts: readonly Part[]; readonly score: number }) {
  const t = useT();
  const num = useNumberFormat();
  const columns: TableColumnsType<Part> = [
    {
      key: "factor",
      title: t("needs.parts.factor"),
      render: (_, p) => (
        <span>
          {t(`enum.PriorityFactor.${p.factor}`)}
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`needs.parts.help.${p.factor}`)}
          </Typography.Text>
          {p.reason && (
            <>
              <br />
              <Typography.Text style={{ fontSize: 12 }} data-testid={`priority-part-reason-${p.factor}`}>
                {p.reason}
              </Typography.Text>
            </>
          )}
        </span>
      ),
    },
    { key: "weight", title: t("needs.parts.weight"), align: "end", render: (_, p) => num(p.weight, 2) },
    { key: "value", title: t("needs.parts.value"), align: "end", render: (_, p) => num(p.value, 2) },
    {
      key: "contribution",
      title: t("needs.parts.contribution"),
      align: "end",
      render: (_, p) => <span data-testid={`priority-part-${p.factor}`}>{num(p.contribution, 2)}</span>,
    },
  ];
  return (
    <Table<Part>
      data-testid="priority-parts"
      size="small"
      rowKey="factor"
      columns={columns}
      dataSource={[...parts]}
      pagination={false}
      style={{ maxWidth: 720 }}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={3}>
            <Typography.Text strong>{t("needs.parts.total")}</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3} align="end">
            <Typography.Text strong data-testid="priority-parts-total">
              {num(score, 2)}
            </Typography.Text>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}
