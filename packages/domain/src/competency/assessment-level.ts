import { domainError, err, ok, type DomainError, type Result } from "../shared/result.js";
import { isCompetencyLevel, type CompetencyLevel } from "./competency-levels.js";

export type AssessmentLevelError = DomainError<"INVALID_LEVEL"> & {
  readonly field: "level";
  readonly reason: "NOT_INTEGER" | "OUT_OF_RANGE";
};

/**
 * Check an assessed (or standard) level: an integer 1..5. Numbers only: a form or a
 * spreadsheet import converts text first, so `"3"` is NOT_INTEGER like 3.5 and NaN.
 */
export const validateAssessmentLevel = (level: unknown): Result<CompetencyLevel, AssessmentLevelError> => {
  if (isCompetencyLevel(level)) return ok(level);
  const reason = typeof level === "number" && Number.isInteger(level) ? "OUT_OF_RANGE" : "NOT_INTEGER";
  return err({ ...domainError("INVALID_LEVEL", "Level must be a whole number from 1 (Paham) to 5 (Ahli)"), field: "level", reason });
};
