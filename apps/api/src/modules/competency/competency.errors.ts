import { AppError, conflict } from "../../kit/errors";

/** A competency id that names no (active) competency, as a field error on `competencyId`. */
export const unknownCompetency = (id: string, field = "competencyId"): AppError =>
  new AppError("BAD_USER_INPUT", `${field}: there is no active competency ${id}`, { field, domainCode: "UNKNOWN_COMPETENCY" });

/** A competency code already in the dictionary (also the loser of two parallel creations). */
export const duplicateCompetencyCode = (code: string): AppError =>
  conflict(`A competency with code ${code} already exists`, { field: "code", domainCode: "DUPLICATE_CODE" });

/** Two parallel settings of one new standard key: the loser is told to reload. */
export const concurrentStandard = (): AppError =>
  conflict("Someone else set this standard at the same time; reload and try again", { domainCode: "UNIQUE_VIOLATION" });
