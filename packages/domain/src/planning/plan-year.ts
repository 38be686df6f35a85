import { domainError, err, ok, type DomainError, type Result } from "../shared/result.js";

/** The plan years the system accepts (a sane window around any real plan). */
export const PLAN_YEAR_MIN = 2000;
export const PLAN_YEAR_MAX = 2100;

export type PlanYearError = DomainError<"INVALID_YEAR"> & { readonly field: "year"; readonly reason: "NOT_INTEGER" | "OUT_OF_RANGE" };

/**
 * A plan year: an integer from 2000 to 2100. Refused with code INVALID_YEAR, field `year`, reason
 * NOT_INTEGER (anything that is not a whole number) or OUT_OF_RANGE (0, -1, 2101...).
 */
export const checkPlanYear = (year: unknown): Result<number, PlanYearError> => {
  if (typeof year !== "number" || !Number.isInteger(year)) {
    return err({ ...domainError("INVALID_YEAR", "The year must be a whole number"), field: "year", reason: "NOT_INTEGER" });
  }
  if (year < PLAN_YEAR_MIN || year > PLAN_YEAR_MAX) {
    return err({ ...domainError("INVALID_YEAR", `The year must be from ${PLAN_YEAR_MIN} to ${PLAN_YEAR_MAX}`), field: "year", reason: "OUT_OF_RANGE" });
  }
  return ok(year);
};
