import { Space, Typography } from "antd";
import { formatRupiah } from "@bina/domain";
import type { BudgetRevisionItemFragment, RevisionLineFragment } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";

const lineText = (line: RevisionLineFragment | null | undefined, hidden: string) => (line ? `${line.accountCode} · ${line.name}` : hidden);

/**
 * What a revision does, in words: "Rp X from line A to line B", or a line's ceiling from its current one to the new (the
 * new one only, once decided: the line already has it). A line the reader may not see is named as hidden.
 */
export function RevisionSummary({ revision }: { readonly revision: BudgetRevisionItemFragment }) {
  const t = useT();
  const hidden = t("budget.revision.hiddenLine");
  return (
    <Space orientation="vertical" size={0} style={{ maxWidth: 300 }} data-testid="revision-summary">
      {revision.kind === "TRANSFER" ? (
        <>
          <Typography.Text strong data-testid="revision-amount" data-amount={revision.amount ?? ""}>
            {revision.amount === null ? t("common.none") : formatRupiah(revision.amount)}
          </Typography.Text>
          <Typography.Text>{t("budget.revision.from", { line: lineText(revision.fromLine, hidden) })}</Typography.Text>
          <Typography.Text>{t("budget.revision.to", { line: lineText(revision.toLine, hidden) })}</Typography.Text>
        </>
      ) : (
        <>
          <Typography.Text>{lineText(revision.line, hidden)}</Typography.Text>
          <Typography.Text strong data-testid="revision-amount" data-amount={revision.newCeiling ?? ""}>
            {revision.newCeiling === null
              ? t("common.none")
              : revision.line && revision.status === "REQUESTED"
                ? t("budget.revision.ceilingChange", { before: formatRupiah(revision.line.ceiling), after: formatRupiah(revision.newCeiling) })
                : t("budget.revision.newCeilingValue", { ceiling: formatRupiah(revision.newCeiling) })}
          </Typography.Text>
        </>
      )}
    </Space>
  );
}
