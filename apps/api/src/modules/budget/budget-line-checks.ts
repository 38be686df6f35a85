import { checkRupiah, domainError } from "@bina/domain";
import type { EntityManager } from "typeorm";
import { conflict } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import { queryRows, SqlParams } from "../../kit/sql";
import type { BudgetFieldErrors } from "./budget-checks";

/** A plan of 12 whole-rupiah amounts (>= 0) that sum to the ceiling; INVALID_AMOUNT on plannedByMonth otherwise. */
export function checkPlan(errors: BudgetFieldErrors, plan: readonly number[], ceiling: number): number[] | null {
  if (plan.length !== 12) {
    errors.add(domainError("INVALID_AMOUNT", "plannedByMonth: 12 amounts, January to December", { field: "plannedByMonth", reason: "NOT_12_MONTHS" }));
    return null;
  }
  for (const [i, amount] of plan.entries()) {
    const r = checkRupiah(amount, `plannedByMonth[${i}]`);
    if (!r.ok) {
      errors.add({ ...r.error, field: "plannedByMonth" });
      return null;
    }
  }
  const sum = plan.reduce((a, b) => a + b, 0);
  if (sum !== ceiling) {
    errors.add(domainError("INVALID_AMOUNT", `plannedByMonth: the 12 amounts add up to ${sum}, not to the ceiling ${ceiling}`, { field: "plannedByMonth", reason: "PLAN_NOT_CEILING" }));
    return null;
  }
  return [...plan];
}

/** The programme a line funds must exist and be of the line's fiscal year. */
export async function checkProgramme(m: EntityManager, errors: BudgetFieldErrors, programmeId: string, fiscalYear: number): Promise<string | null> {
  const p = new SqlParams();
  const [row] = isUuid(programmeId) ? await queryRows<{ year: number }>(m, `SELECT year FROM programmes WHERE id = ${p.add(programmeId, "uuid")}`, p) : [];
  if (!row) {
    errors.add(domainError("UNKNOWN_REFERENCE", `programmeId: there is no programme ${programmeId}`, { field: "programmeId" }));
    return null;
  }
  if (Number(row.year) !== fiscalYear) {
    errors.add(domainError("INVALID_FIELD", `programmeId: the programme is of ${row.year}, the line of ${fiscalYear}`, { field: "programmeId", reason: "OTHER_YEAR" }));
    return null;
  }
  return programmeId;
}

/** The unit whose money a line is must exist. */
export async function checkLineUnit(m: EntityManager, errors: BudgetFieldErrors, unitId: string): Promise<string | null> {
  const p = new SqlParams();
  const found = isUuid(unitId) ? await queryRows<{ id: string }>(m, `SELECT id FROM units WHERE id = ${p.add(unitId, "uuid")}`, p) : [];
  if (found.length === 0) {
    errors.add(domainError("UNKNOWN_UNIT", `unitId: there is no unit ${unitId}`, { field: "unitId" }));
    return null;
  }
  return unitId;
}

/** The line's unique indexes as CONFLICT DUPLICATE_CODE naming the field at fault; null for another error. */
export function duplicateLine(index: string | null): Error | null {
  if (index === "budget_lines_year_account_name_key") {
    return conflict("The year already has a line with this account code and name", { domainCode: "DUPLICATE_CODE", field: "name" });
  }
  if (index === "budget_lines_programme_account_key") {
    return conflict("The programme already has a line on this account code", { domainCode: "DUPLICATE_CODE", field: "programmeId" });
  }
  return null;
}
