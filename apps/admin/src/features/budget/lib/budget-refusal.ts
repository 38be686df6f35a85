import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { formatRupiah } from "@bina/domain";
import type { FormProblem } from "../../../ui/form-problems";

/**
 * A spend the server refused by a budget rule, with what it named: BUDGET_EXCEEDED with the amount still available
 * (`extensions.remaining`), ABOVE_STANDARD_COST with the standard (`extensions.reason`, e.g. PMK_49_2023) and its
 * ceiling when sent.
 */
export type BudgetRefusal =
  | { readonly code: "BUDGET_EXCEEDED"; readonly remaining: number | null }
  | { readonly code: "ABOVE_STANDARD_COST"; readonly standard: string | null; readonly ceiling: number | null };

type Extensions = Readonly<Record<string, unknown>>;

const amountOf = (value: unknown): number | null => (typeof value === "number" && Number.isSafeInteger(value) && value >= 0 ? value : null);
const textOf = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

/** The refusal among a failed request's errors (their extensions, or the items of `extensions.errors`), or null. */
export const budgetRefusalOf = (errors: readonly { readonly extensions?: Extensions | undefined }[]): BudgetRefusal | null => {
  for (const e of errors) {
    const ext = e.extensions ?? {};
    const items: Extensions[] = [ext, ...(Array.isArray(ext["errors"]) ? (ext["errors"] as unknown[]).filter((x): x is Extensions => typeof x === "object" && x !== null) : [])];
    for (const item of items) {
      const pick = (key: string) => item[key] ?? ext[key];
      if (item["domainCode"] === "BUDGET_EXCEEDED") return { code: "BUDGET_EXCEEDED", remaining: amountOf(pick("remaining")) };
      if (item["domainCode"] === "ABOVE_STANDARD_COST") {
        return { code: "ABOVE_STANDARD_COST", standard: textOf(pick("standard")) ?? textOf(pick("reason")), ceiling: amountOf(pick("ceiling")) };
      }
    }
  }
  return null;
};

/** The refusal of an Apollo mutation's error, or null for another failure (a stale version, network, ...). */
export const budgetRefusalOfError = (error: unknown): BudgetRefusal | null =>
  CombinedGraphQLErrors.is(error) ? budgetRefusalOf(error.errors as readonly { readonly extensions?: Extensions }[]) : null;

/**
 * The refusal as a problem beside the amount: what remains (in rupiah, as the domain writes it) or the standard and its
 * ceiling; null when the server named no remaining amount (its own message, by code, says enough then).
 */
export const refusalProblem = (refusal: BudgetRefusal, standardLabel: (code: string) => string): FormProblem | null => {
  if (refusal.code === "BUDGET_EXCEEDED") {
    return refusal.remaining === null ? null : { key: "budget.spending.exceeded", params: { remaining: formatRupiah(refusal.remaining) } };
  }
  if (refusal.standard === null) return null;
  const standard = standardLabel(refusal.standard);
  return refusal.ceiling === null
    ? { key: "budget.spending.aboveStandardNoCeiling", params: { standard } }
    : { key: "budget.spending.aboveStandard", params: { standard, ceiling: formatRupiah(refusal.ceiling) } };
};
