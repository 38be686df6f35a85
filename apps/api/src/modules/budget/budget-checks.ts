import { checkStandardCost, domainError, type DomainError, type SpeakerLevel, type SpendingCategory } from "@bina/domain";
import type { EntityManager } from "typeorm";
import type { Scope } from "../../kit/caller";
import { AppError } from "../../kit/errors";
import { FieldErrors } from "../../kit/field-errors";
import { isUuid } from "../../kit/ids";
import { queryRows, SqlParams } from "../../kit/sql";
import { inScope } from "../../kit/unit-scope";
import { BUDGET_TEXT } from "./budget-limits";
import { lineColumnsSql, toLineView } from "./budget.sql";
import type { LineView } from "./budget-views";

type TextKey = keyof typeof BUDGET_TEXT;

/** The kit's field-error collector with the budget columns' text limits (`errors.text(value, "name", "lineName")`, `errors.date(...)`). */
export class BudgetFieldErrors extends FieldErrors<TextKey> {
  constructor() {
    super(BUDGET_TEXT);
  }
}

/**
 * A refusal that carries the domain error's extra facts (`remaining` of BUDGET_EXCEEDED, `ceiling` of
 * ABOVE_STANDARD_COST) in `extensions` beside the field and code.
 */
export function refusal(e: DomainError & Record<string, unknown>, field = e.field): AppError {
  const { code, message, field: _f, reason, ...extra } = e;
  return new AppError("BAD_USER_INPUT", message, {
    ...extra,
    field: field ?? null,
    domainCode: code as never,
    reason: reason ?? null,
    errors: [{ field: field ?? null, domainCode: code, reason: reason ?? null, message }],
  });
}

/** The input's names for the standard cost's basis fields. */
const STANDARD_FIELD: Record<string, string> = { level: "speakerLevel", minutes: "minutes", quantity: "quantity", category: "category", amount: "amount" };

/** The category's standard cost: ABOVE_STANDARD_COST (with the ceiling) or INVALID_STANDARD_COST_INPUT naming the input's field. */
export function assertStandardCost(a: {
  category: SpendingCategory | null;
  amount: number;
  quantity: number | null;
  level: SpeakerLevel | null | undefined;
  minutes: number | null | undefined;
}): void {
  if (a.category === null) return;
  const r = checkStandardCost({ category: a.category, amount: a.amount, quantity: a.quantity, level: a.level ?? null, minutes: a.minutes ?? null });
  if (!r.ok) throw refusal(r.error as DomainError & Record<string, unknown>, STANDARD_FIELD[r.error.field] ?? r.error.field);
}

/** A quantity with at most 2 decimals, more than 0 (the column is numeric(12,2)). */
export function checkQuantity(errors: BudgetFieldErrors, quantity: number | null | undefined): number | null {
  if (quantity === undefined || quantity === null) return null;
  if (!Number.isFinite(quantity) || quantity <= 0 || Math.round(quantity * 100) !== quantity * 100 || quantity > 1_000_000) {
    errors.add(domainError("INVALID_FIELD", "quantity: more than 0, at most 1,000,000, with at most 2 decimals", { field: "quantity" }));
    return null;
  }
  return quantity;
}

/** The line's unit path (null for the agency's own line) next to its figures. */
export type ScopedLine = LineView & { readonly unitPath: string | null };

/** May the caller see this line? ADMIN and ANALYST: every line; an operator: a line of a unit in its subtree. */
export const lineVisible = (scope: Scope, unitPath: string | null): boolean => scope.kind === "ALL" || (unitPath !== null && inScope(scope, unitPath));

/**
 * A line for a spending change: locked (SELECT ... FOR UPDATE, so concurrent spends on it run one after the other), with
 * its committed amount computed in SQL under the lock. NOT_FOUND when missing or outside the caller's scope (an operator
 * learns nothing of other units' lines). `scope` is read before the transaction (the embedded database has one connection).
 */
export async function lockLine(m: EntityManager, scope: Scope, id: string, field = "budgetLineId"): Promise<ScopedLine> {
  const missing = (): AppError => new AppError("NOT_FOUND", `Budget line ${id} was not found`, { field });
  if (!isUuid(id)) throw missing();
  // The row lock first (on the line alone), then its figures: the commitment reads other tables, which must not be locked.
  const p = new SqlParams();
  const locked = await queryRows<{ id: string }>(m, `SELECT id FROM budget_lines WHERE id = ${p.add(id, "uuid")} FOR UPDATE`, p);
  if (locked.length === 0) throw missing();
  const p2 = new SqlParams();
  const [row] = await queryRows<Parameters<typeof toLineView>[0] & { unitPath: string | null }>(
    m,
    `SELECT ${lineColumnsSql("l")}, u.path AS "unitPath" FROM budget_lines l LEFT JOIN units u ON u.id = l.unit_id WHERE l.id = ${p2.add(id, "uuid")}`,
    p2,
  );
  if (!row || !lineVisible(scope, row.unitPath)) throw missing();
  return { ...toLineView(row), unitPath: row.unitPath };
}

/**
 * The batch a spending on `line` is linked to: it must exist (UNKNOWN_REFERENCE), not be cancelled (BATCH_CANCELLED),
 * belong to a programme of the line's fiscal year (OTHER_YEAR) and, when the line funds a programme, to that programme
 * (OTHER_PROGRAMME), each INVALID_FIELD on batchId. Otherwise a spending could be counted in another year's or another
 * programme's cost-effectiveness.
 */
export async function checkBatch(
  m: EntityManager,
  errors: BudgetFieldErrors,
  batchId: string | null | undefined,
  line: Pick<LineView, "fiscalYear" | "programmeId">,
): Promise<string | null> {
  if (batchId === undefined || batchId === null) return null;
  const p = new SqlParams();
  const [batch] = isUuid(batchId)
    ? await queryRows<{ status: string; programmeId: string; year: number }>(
        m,
        `SELECT b.status, b.programme_id AS "programmeId", pr.year FROM batches b JOIN programmes pr ON pr.id = b.programme_id WHERE b.id = ${p.add(batchId, "uuid")}`,
        p,
      )
    : [];
  const refuse = (reason: string, message: string): null => {
    errors.add(domainError("INVALID_FIELD", `batchId: ${message}`, { field: "batchId", reason }));
    return null;
  };
  if (!batch) {
    errors.add(domainError("UNKNOWN_REFERENCE", `batchId: there is no batch ${batchId}`, { field: "batchId" }));
    return null;
  }
  if (batch.status === "CANCELLED") return refuse("BATCH_CANCELLED", "the batch is cancelled; spending cannot be linked to it");
  if (Number(batch.year) !== line.fiscalYear) return refuse("OTHER_YEAR", `the batch's programme is of ${batch.year}, the line of ${line.fiscalYear}`);
  if (line.programmeId !== null && batch.programmeId !== line.programmeId) return refuse("OTHER_PROGRAMME", "the batch is of another programme than the one the line funds");
  return batchId;
}
