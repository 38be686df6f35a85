import { domainError, err, ok, type DomainError, type Result } from "../shared/result.js";

/**
 * Who measured an assessed level (PermenPANRB 38/2017 allows several methods): the employee
 * (self-assessment), the direct superior, or an assessment centre (the most reliable).
 */
export const ASSESSMENT_SOURCES = ["SELF", "SUPERVISOR", "ASSESSMENT_CENTER"] as const;
export type AssessmentSource = (typeof ASSESSMENT_SOURCES)[number];

export type AssessmentSourceError = DomainError<"INVALID_SOURCE"> & { readonly field: string };

/**
 * Check an assessment source as typed in a spreadsheet: trimmed, case-insensitive, spaces or
 * hyphens for underscores (`assessment center`). INVALID_SOURCE on `field` (default `source`) otherwise.
 */
export const checkAssessmentSource = (input: unknown, field = "source"): Result<AssessmentSource, AssessmentSourceError> => {
  const key = typeof input === "string" ? input.trim().toUpperCase().replace(/[\s-]+/g, "_") : "";
  const source = ASSESSMENT_SOURCES.find((s) => s === key);
  return source !== undefined
    ? ok(source)
    : err({
        ...domainError("INVALID_SOURCE", `${field} must be one of ${ASSESSMENT_SOURCES.join(", ")}`),
        field,
      });
};
