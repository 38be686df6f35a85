import type { PlanDetailFragment } from "../../../gql/graphql";
import type { Translate } from "../../../i18n/i18n-context";
import { formatRupiah } from "../../../ui/format-rupiah";

type Explanation = PlanDetailFragment["explanation"];
type FormatNumber = (value: number, maxDigits?: number) => string;

/**
 * The plan's explanation in the reader's language, one sentence a fact: the API sends the facts
 * (counts, method, valuation, amounts, left-out counts by reason), never prose.
 */
export const planFactLines = (facts: Explanation, t: Translate, num: FormatNumber): string[] => {
  const lines = [
    t("plan.facts.candidates", { candidates: facts.candidateCount, mandatory: facts.mandatoryCount, selected: facts.selectedCount }),
    t("plan.facts.money", { totalCost: formatRupiah(facts.totalCost), ceiling: formatRupiah(facts.ceiling), remaining: formatRupiah(facts.remaining) }),
    t(`plan.facts.valuation.${facts.valuation}`, { totalValue: num(facts.totalValue, 2) }),
    t(`plan.methodHelp.${facts.method}`),
  ];
  if (facts.upperBound !== null && facts.upperBound !== undefined) lines.push(t("plan.facts.upperBound", { upperBound: num(facts.upperBound, 2) }));
  const leftOut = facts.leftOutByReason.filter((r) => r.count > 0);
  if (leftOut.length > 0) {
    lines.push(
      t("plan.facts.leftOut", {
        reasons: leftOut.map((r) => t("plan.facts.leftOutReason", { count: r.count, reason: t(`enum.PlanItemReason.${r.reason}`) })).join("; "),
      }),
    );
  }
  return lines;
};
