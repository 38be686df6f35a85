import { domainError } from "@bina/domain";
import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { AppError, badInput } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import { queryRows, SqlParams } from "../../kit/sql";
import { inScope } from "../../kit/unit-scope";
import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN } from "./budget-limits";

export interface BudgetKey {
  readonly fiscalYear: number;
  readonly unitId: string | null;
}

/**
 * The budget a caller asks for: a fiscal year (INVALID_YEAR outside 2000..2100) and optionally a unit's subtree (NOT_FOUND
 * for a unit that does not exist or, for an operator, lies outside its subtree). Its fields are computed when selected.
 */
export async function openBudget({ ds, caller, fiscalYear, unitId }: { ds: DataSource; caller: Caller; fiscalYear: number; unitId?: string | null }): Promise<BudgetKey> {
  if (!Number.isInteger(fiscalYear) || fiscalYear < FISCAL_YEAR_MIN || fiscalYear > FISCAL_YEAR_MAX) {
    throw badInput(domainError("INVALID_YEAR", `fiscalYear: a year from ${FISCAL_YEAR_MIN} to ${FISCAL_YEAR_MAX}`, { field: "fiscalYear" }));
  }
  if (unitId == null) return { fiscalYear, unitId: null };
  const missing = new AppError("NOT_FOUND", `Unit ${unitId} was not found`, { field: "unitId" });
  if (!isUuid(unitId)) throw missing;
  const p = new SqlParams();
  const [unit] = await queryRows<{ path: string }>(ds, `SELECT path FROM units WHERE id = ${p.add(unitId, "uuid")}`, p);
  if (!unit || !inScope(await caller.scope(), unit.path)) throw missing;
  return { fiscalYear, unitId };
}
